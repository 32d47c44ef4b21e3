// Case stages (DOMAIN.md rule 5, seed 003): the steps of a return or repair the buyer must be told
// about ahead of being asked, which of them a case can move to next, and the buyer message for each,
// in the market's language. Pure: dates come in as `YYYY-MM-DD`, "today" is passed in.
import { getMarket } from '../working-time';
import { stageTexts, type StageCode } from './stages.texts';

export type { StageCode } from './stages.texts';

/** Every stage, in the order a case goes through them (repair and replacement are alternatives). */
export const caseStages: readonly StageCode[] = ['return-received', 'repair-started', 'replacement-started', 'ready-to-ship', 'shipped'];

/** The kinds of case (renderer/src/data/case-records.ts CaseKind). */
export type StageCaseKind = 'incident' | 'return' | 'complaint-thread' | 'phone-complaint';

/** Each stage's step: a case moves forward only; repair and replacement share a step (one may replace the other). */
const stepOf: Record<StageCode, number> = {
  'return-received': 0,
  'repair-started': 1,
  'replacement-started': 1,
  'ready-to-ship': 2,
  shipped: 3,
};

/**
 * The stages that make sense for a case kind. A return starts when the product comes back; an
 * incident, a complaint thread or a phone complaint may also need the product back first (a
 * warranty repair) or go straight to a replacement (a missing or wrong item), so all stages apply.
 */
export function stagesFor(kind: StageCaseKind): readonly StageCode[] {
  switch (kind) {
    case 'return':
    case 'incident':
    case 'complaint-thread':
    case 'phone-complaint':
      return caseStages;
  }
}

/**
 * The stages a case of `kind` may move to from `current` (none yet: every stage of the kind): the
 * later steps, and the other of repair/replacement while at that step (a repair that turns into a
 * replacement). Nothing after 'shipped'.
 */
export function nextStages(kind: StageCaseKind, current: StageCode | undefined): StageCode[] {
  return stagesFor(kind).filter((stage) => {
    if (current === undefined) return true;
    if (stage === current) return false;
    return stepOf[stage] > stepOf[current] || (stepOf[stage] === 1 && stepOf[current] === 1);
  });
}

/** The shipping details of the 'shipped' stage, as the seller types them. */
export interface ShippingDetails {
  carrier: string;
  trackingNumber: string;
  /** `YYYY-MM-DD` in the market's calendar. */
  expectedDelivery: string;
}

/** What is wrong with a field of the shipping details (the UI words each code in its language). */
export type ShippingIssue = 'required' | 'too-long' | 'tracking-format' | 'not-a-date' | 'in-the-past' | 'too-far' | 'no-links';

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch days of a valid `YYYY-MM-DD`, or undefined. */
function epochDay(date: string): number | undefined {
  const m = isoDay.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / 86_400_000;
}

/** How far ahead an expected delivery may lie (a date further out is a typing mistake). */
export const maxDeliveryDays = 90;

/**
 * Checks the shipping details before they go into a message: a carrier (≤ 60 characters, no link),
 * a tracking number (4–40 letters, digits, dashes or spaces, at least one digit), and an expected
 * delivery date that is a real `YYYY-MM-DD` day from `today` (the market's date) up to 90 days on.
 * Returns the issues by field; an empty object when all is well. Never throws.
 */
export function validateShipping(details: ShippingDetails, today: string): Partial<Record<keyof ShippingDetails, ShippingIssue>> {
  const issues: Partial<Record<keyof ShippingDetails, ShippingIssue>> = {};
  const carrier = details.carrier.trim();
  if (carrier === '') issues.carrier = 'required';
  else if (carrier.length > 60) issues.carrier = 'too-long';
  else if (/[/:@]|www\./i.test(carrier)) issues.carrier = 'no-links';
  const tracking = details.trackingNumber.trim();
  if (tracking === '') issues.trackingNumber = 'required';
  else if (!/^[A-Za-z0-9][A-Za-z0-9 -]{2,38}[A-Za-z0-9]$/.test(tracking) || !/\d/.test(tracking)) issues.trackingNumber = 'tracking-format';
  const day = details.expectedDelivery.trim();
  const expected = epochDay(day);
  const from = epochDay(today);
  if (day === '') issues.expectedDelivery = 'required';
  else if (expected === undefined) issues.expectedDelivery = 'not-a-date';
  else if (from !== undefined && expected < from) issues.expectedDelivery = 'in-the-past';
  else if (from !== undefined && expected > from + maxDeliveryDays) issues.expectedDelivery = 'too-far';
  return issues;
}

/**
 * The languages (subtags) whose texts are not translated here and fall back to English: none of
 * the working-time markets today. A market added to shared/working-time without texts lands here.
 */
export function englishFallbackFor(market: string): boolean {
  const language = languageOf(market);
  return language === undefined || !(language in stageTexts);
}

/** The market's reply language subtag, undefined for a market shared/working-time does not know. */
function languageOf(market: string): string | undefined {
  try {
    return getMarket(market).language.split('-')[0]!.toLowerCase();
  } catch {
    return undefined;
  }
}

/** The market's calendar day at `nowMs` (`YYYY-MM-DD` in its time zone; UTC for a market it does not know). */
export function marketDay(nowMs: number, market: string): string {
  let timeZone = 'UTC';
  try {
    timeZone = getMarket(market).timeZone;
  } catch {
    // An unknown market: UTC.
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(nowMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A `YYYY-MM-DD` day written the way the market's language writes a date in a letter ("3 grudnia 2026"). */
export function formatStageDate(day: string, market: string): string {
  const epoch = epochDay(day);
  if (epoch === undefined) return day;
  let locale = 'en';
  try {
    locale = getMarket(market).language;
  } catch {
    // An unknown market: English.
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(epoch * 86_400_000);
}

/** What a stage's message says besides the stage: the order's label, and the shipping details for 'shipped'. */
export interface StageMessageInput {
  stage: StageCode;
  market: string;
  orderLabel?: string;
  shipping?: ShippingDetails;
}

/**
 * The buyer message for a stage, in the market's reply language (English for a market without
 * texts, see englishFallbackFor): greeting, the stage's sentence with the order label, carrier,
 * tracking number and expected delivery date (formatted for the market) filled in, and a sign-off.
 * Holds no link or contact data, so the reply guard finds nothing blocking in it. 'shipped' without
 * shipping details throws (the UI validates them first).
 */
export function stageMessage(input: StageMessageInput): string {
  const language = languageOf(input.market);
  const texts = (language !== undefined ? stageTexts[language] : undefined) ?? stageTexts.en!;
  if (input.stage === 'shipped' && !input.shipping) throw new Error('The shipped stage needs its shipping details');
  const label = input.orderLabel?.trim();
  const values: Record<string, string> = {
    order: label ? texts.orderRef.replace('{label}', label) : '',
    carrier: input.shipping?.carrier.trim() ?? '',
    tracking: input.shipping?.trackingNumber.trim() ?? '',
    date: input.shipping ? formatStageDate(input.shipping.expectedDelivery.trim(), input.market) : '',
  };
  const sentence = texts.stages[input.stage].replace(/\{(order|carrier|tracking|date)\}/g, (_all, key: string) => values[key] ?? '');
  return `${texts.greeting}\n\n${sentence}\n\n${texts.signOff}`;
}
