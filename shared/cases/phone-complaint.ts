// Complaints taken by phone (seed 004; DOMAIN "Buyer contact reasons and complaints"): the
// standardised intake, and the lifecycle taken → forwarded → outcome documented → closed. A phone
// complaint is never refused, so there is no such action or state. Pure: "today" is passed in.
import { isValidPhoneNumber, isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { getMarket } from '../working-time';

/** What the buyer expects (the intake's choice). */
export const phoneComplaintExpectations = ['replacement', 'repair', 'refund', 'price-reduction', 'apology', 'other'] as const;
export type PhoneComplaintExpectationCode = (typeof phoneComplaintExpectations)[number];

/** How a phone complaint ends (seed 004): replacement, repair or immediate fix, price reduction as goodwill, apology. */
export const phoneComplaintOutcomes = ['replacement', 'repair-or-fix', 'price-reduction', 'apology'] as const;
export type PhoneComplaintOutcomeCode = (typeof phoneComplaintOutcomes)[number];

/** The furthest answer date the console lets the seller promise, in calendar days from today. */
export const promisedAnswerMaxDays = 30;

/** Length limits of the intake's free-text fields. */
export const intakeLimits = { name: 200, contact: 120, orderId: 100, product: 300, description: 5000, descriptionMin: 10 } as const;

/**
 * Why a field of the intake is not accepted, as a stable code the UI translates: `required`,
 * `too-long`, `too-short` (description), `contact` (neither a phone number valid in the shop's
 * market nor an e-mail address), `date-format`, `date-past`, `date-too-far`, `choice`.
 */
export type IntakeProblem = 'required' | 'too-long' | 'too-short' | 'contact' | 'date-format' | 'date-past' | 'date-too-far' | 'choice';

/** The fields of the intake form. */
export const intakeFields = [
  'buyerName',
  'contact',
  'orderId',
  'product',
  'description',
  'expectation',
  'promisedAnswerBy',
  'responsible',
  'forwardedTo',
] as const;
export type IntakeField = (typeof intakeFields)[number];

/** What the seller typed into the intake (strings as the form holds them). */
export type IntakeInput = Record<IntakeField, string>;

/** The intake once accepted: trimmed, optional fields absent when blank. */
export interface PhoneComplaintIntake {
  buyerName: string;
  contact: string;
  orderId?: string;
  product: string;
  description: string;
  expectation: PhoneComplaintExpectationCode;
  promisedAnswerBy: string;
  responsible: string;
  forwardedTo?: string;
}

/**
 * Whether `contact` is a way to reach the buyer: a phone number valid for the market's region (a
 * national number of that market, or any valid number in international form), or an e-mail address.
 */
export function isBuyerContact(contact: string, market: string): boolean {
  const text = contact.trim();
  if (text.includes('@')) return z.email().safeParse(text).success;
  const region = market.toUpperCase();
  try {
    if (isSupportedCountry(region)) return isValidPhoneNumber(text, region as CountryCode);
    return text.startsWith('+') && isValidPhoneNumber(text);
  } catch {
    return false;
  }
}

/** Today's date (`YYYY-MM-DD`) in the market's zone at `nowMs`: what "not in the past" means for a promised date. */
export function marketToday(nowMs: number, market: string): string {
  return Temporal.Instant.fromEpochMilliseconds(nowMs).toZonedDateTimeISO(getMarket(market).timeZone).toPlainDate().toString();
}

/** Calendar days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days;
}

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' satisfies IntakeProblem })
    .max(max, { message: 'too-long' satisfies IntakeProblem });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too-long' satisfies IntakeProblem })
    .transform((value) => (value === '' ? undefined : value));

/**
 * The intake's schema for a shop's `market` on `today` (`YYYY-MM-DD` in that market, see
 * marketToday): every field of seed 004's standardised form. Each issue's message is an
 * IntakeProblem code (intakeProblems reads them per field). Throws nothing; unknown markets only
 * loosen the phone check to international numbers.
 */
export function phoneComplaintIntakeSchema(market: string, today: string) {
  return z.object({
    buyerName: text(intakeLimits.name),
    contact: text(intakeLimits.contact).refine((value) => isBuyerContact(value, market), { message: 'contact' satisfies IntakeProblem }),
    orderId: optionalText(intakeLimits.orderId),
    product: text(intakeLimits.product),
    description: text(intakeLimits.description).refine((value) => value.length >= intakeLimits.descriptionMin, {
      message: 'too-short' satisfies IntakeProblem,
    }),
    expectation: z.enum(phoneComplaintExpectations, { message: 'choice' satisfies IntakeProblem }),
    promisedAnswerBy: z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        const problem: IntakeProblem | null =
          value === ''
            ? 'required'
            : !validDate(value)
              ? 'date-format'
              : daysBetween(today, value) < 0
                ? 'date-past'
                : daysBetween(today, value) > promisedAnswerMaxDays
                  ? 'date-too-far'
                  : null;
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    responsible: text(intakeLimits.name),
    forwardedTo: optionalText(intakeLimits.name),
  });
}

/** The intake checked: the accepted complaint, or each field's first problem. */
export type IntakeResult =
  { ok: true; intake: PhoneComplaintIntake } | { ok: false; problems: Partial<Record<IntakeField, IntakeProblem>> };

/** Checks what the seller typed into the intake (see phoneComplaintIntakeSchema). */
export function checkIntake(input: IntakeInput, market: string, today: string): IntakeResult {
  const parsed = phoneComplaintIntakeSchema(market, today).safeParse(input);
  if (parsed.success) {
    const intake = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    return { ok: true, intake: intake as unknown as PhoneComplaintIntake };
  }
  const problems: Partial<Record<IntakeField, IntakeProblem>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as IntakeField;
    problems[field] ??= (issue.code === 'invalid_type' ? 'required' : issue.message) as IntakeProblem;
  }
  return { ok: false, problems };
}

/** Where a phone complaint is: taken, forwarded for a decision, its outcome documented, closed. No "refused". */
export type PhoneComplaintStage = 'taken' | 'forwarded' | 'outcome-documented' | 'closed';

/** What a complaint's facts say about its stage. */
export interface PhoneComplaintFacts {
  forwardedTo?: string;
  outcome?: string;
  closedAt?: string;
}

/** The stage a complaint is in, from its facts. */
export function phoneComplaintStage(facts: PhoneComplaintFacts): PhoneComplaintStage {
  if (facts.closedAt) return 'closed';
  if (facts.outcome) return 'outcome-documented';
  if (facts.forwardedTo) return 'forwarded';
  return 'taken';
}

/**
 * What the seller may do with a complaint: forward it (again) until its outcome is documented,
 * document the outcome (an immediate fix needs no forwarding) until it is closed, close it once the
 * outcome is documented. Linking a thread and sending the written confirmation are always allowed.
 * There is no refuse action in any stage (seed 004: a complaint is never refused).
 */
export type PhoneComplaintAction = 'forward' | 'document-outcome' | 'close' | 'link-thread' | 'send-confirmation';

/** The actions allowed in a complaint's stage (see PhoneComplaintAction). */
export function allowedPhoneComplaintActions(facts: PhoneComplaintFacts): PhoneComplaintAction[] {
  const always: PhoneComplaintAction[] = ['link-thread', 'send-confirmation'];
  switch (phoneComplaintStage(facts)) {
    case 'taken':
    case 'forwarded':
      return ['forward', 'document-outcome', ...always];
    case 'outcome-documented':
      return ['close', ...always];
    case 'closed':
      return always;
  }
}

/** How the promised answer date stands on `today`: days left (0 = today), or days overdue. */
export type PromiseStatus = { state: 'due'; daysLeft: number } | { state: 'overdue'; daysOver: number } | { state: 'closed' };

/** The promised date's status on `today`; `closed` once the complaint is closed (nothing is owed any more). */
export function promiseStatus(promisedAnswerBy: string, today: string, closed: boolean): PromiseStatus {
  if (closed) return { state: 'closed' };
  const left = daysBetween(today, promisedAnswerBy);
  return left >= 0 ? { state: 'due', daysLeft: left } : { state: 'overdue', daysOver: -left };
}
