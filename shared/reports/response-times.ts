// Response times in working hours: each time a buyer writes, how long the shop took to answer, counted
// in the market's working time (weekends and public holidays do not count), as the 24-working-hour rule
// counts it (DOMAIN.md; shared/working-time).
import { REPLY_WINDOW_MS, replyDueAt, WorkingTimeError, workingMsBetween } from '../working-time';
import { median, percentile } from './statistics';

/** One message of a thread, as the reports need it: when, and who wrote it (Mirakl's sender type). */
export interface MessageFact {
  at: string;
  /** CUSTOMER_USER / SHOP_USER / OPERATOR_USER (Mirakl), or the short CUSTOMER / SHOP / OPERATOR. */
  from: string;
}

/** A thread as the reports need it. */
export interface ThreadFact {
  shopId: string;
  market: string;
  threadId: string;
  messages: readonly MessageFact[];
}

/**
 * One buyer request and its answer: from the buyer's first message after the shop last wrote, to the
 * shop's next message. `answeredAt` and `workingMs` are null while unanswered; `problem` says why a
 * request could not be measured (a date outside the calendars the console covers), and such a
 * request is left out of every figure.
 */
export interface ResponseSample {
  shopId: string;
  market: string;
  threadId: string;
  askedAt: string;
  dueAt: string | null;
  answeredAt: string | null;
  workingMs: number | null;
  problem?: string;
}

const side = (from: string): 'buyer' | 'shop' | 'other' =>
  from.startsWith('CUSTOMER') ? 'buyer' : from.startsWith('SHOP') ? 'shop' : 'other';

/**
 * The buyer requests of a thread and their answers, oldest first. Messages may come in any order.
 * The operator's messages neither start nor answer a request (the rule is about the shop answering
 * the buyer); several buyer messages before an answer are one request, timed from the first.
 */
export function responseSamples(thread: ThreadFact): ResponseSample[] {
  const messages = [...thread.messages].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const samples: ResponseSample[] = [];
  let askedAt: string | null = null;
  const close = (answeredAt: string | null) => {
    if (askedAt === null) return;
    const base = { shopId: thread.shopId, market: thread.market, threadId: thread.threadId, askedAt, answeredAt };
    try {
      const dueAt = replyDueAt(askedAt, thread.market);
      const workingMs = answeredAt === null ? null : workingMsBetween(askedAt, answeredAt, thread.market);
      samples.push({ ...base, dueAt, workingMs });
    } catch (error) {
      if (!(error instanceof WorkingTimeError)) throw error;
      samples.push({ ...base, dueAt: null, workingMs: null, problem: error.message });
    }
    askedAt = null;
  };
  for (const message of messages) {
    const who = side(message.from);
    if (who === 'buyer' && askedAt === null) askedAt = message.at;
    else if (who === 'shop') close(message.at);
  }
  close(null);
  return samples;
}

/** The response figures of a set of requests. Durations are working milliseconds. */
export interface ResponseFigures {
  /** Requests answered, and still open. */
  answered: number;
  open: number;
  /** Open requests whose deadline has passed at `now`. */
  openOverdue: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** Share (0..1) of the answered requests answered within 24 working hours; null when none was answered. */
  withinWindowShare: number | null;
  /** Requests left out because their dates could not be counted (see ResponseSample.problem). */
  unmeasured: number;
}

/** Sums up requests as of `now` (ISO instant; decides which open requests are overdue). */
export function responseFigures(samples: readonly ResponseSample[], now: string): ResponseFigures {
  const nowMs = Date.parse(now);
  const measured = samples.filter((s) => !s.problem);
  const durations = measured.flatMap((s) => (s.workingMs === null ? [] : [s.workingMs]));
  const open = measured.filter((s) => s.answeredAt === null);
  return {
    answered: durations.length,
    open: open.length,
    openOverdue: open.filter((s) => s.dueAt !== null && Date.parse(s.dueAt) < nowMs).length,
    medianMs: median(durations),
    p90Ms: percentile(durations, 90),
    withinWindowShare: durations.length === 0 ? null : durations.filter((ms) => ms <= REPLY_WINDOW_MS).length / durations.length,
    unmeasured: samples.length - measured.length,
  };
}

/** Figures per group (e.g. per shop or per market), groups in first-seen order. */
export function responseFiguresBy(
  samples: readonly ResponseSample[],
  key: (sample: ResponseSample) => string,
  now: string,
): Map<string, ResponseFigures> {
  const groups = new Map<string, ResponseSample[]>();
  for (const sample of samples) {
    const k = key(sample);
    const list = groups.get(k);
    if (list) list.push(sample);
    else groups.set(k, [sample]);
  }
  return new Map([...groups].map(([k, list]) => [k, responseFigures(list, now)]));
}

/**
 * How many requests were overdue at each of `instants` (ISO, e.g. each day's end): asked by then,
 * due before then, and not answered by then. The "overdue over time" line of the reports.
 */
export function overdueAt(samples: readonly ResponseSample[], instants: readonly string[]): number[] {
  const measured = samples.filter((s) => s.dueAt !== null);
  return instants.map((instant) => {
    const t = Date.parse(instant);
    return measured.filter(
      (s) => Date.parse(s.askedAt) <= t && Date.parse(s.dueAt as string) < t && (s.answeredAt === null || Date.parse(s.answeredAt) > t),
    ).length;
  });
}
