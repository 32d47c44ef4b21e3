// Response times in working hours: each time a buyer writes, how long the shop took to answer, counted
// in the market's working time (weekends and public holidays do not count), as the 24-working-hour rule
// counts it (DOMAIN.md; shared/working-time).
import { REPLY_WINDOW_MS, workingClock, WorkingTimeError } from '../working-time';
import { medianOfSorted, percentileOfSorted, sortedNumbers } from './statistics';

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
 * shop's next message. Instants are epoch ms (the reports place hundreds of thousands of them);
 * `answeredMs` and `workingMs` are null while unanswered; `problem` says why a request could not be
 * measured (a date outside the calendars the console covers, or unreadable), and such a request is left
 * out of every figure.
 */
export interface ResponseSample {
  shopId: string;
  market: string;
  threadId: string;
  askedMs: number;
  dueMs: number | null;
  answeredMs: number | null;
  workingMs: number | null;
  problem?: string;
}

const side = (from: string): 'buyer' | 'shop' | 'other' =>
  from.startsWith('CUSTOMER') ? 'buyer' : from.startsWith('SHOP') ? 'shop' : 'other';

/**
 * The buyer requests of a thread and their answers, oldest first. Messages may come in any order.
 * The operator's messages neither start nor answer a request (the rule is about the shop answering
 * the buyer); several buyer messages before an answer are one request, timed from the first. Throws
 * WorkingTimeError only for an unknown market.
 */
export function responseSamples(thread: ThreadFact): ResponseSample[] {
  const clock = workingClock(thread.market);
  const messages = thread.messages.map((m) => ({ ms: Date.parse(m.at), who: side(m.from) })).sort((a, b) => a.ms - b.ms);
  const samples: ResponseSample[] = [];
  let askedMs: number | null = null;
  const close = (answeredMs: number | null) => {
    if (askedMs === null) return;
    const base = { shopId: thread.shopId, market: thread.market, threadId: thread.threadId, askedMs, answeredMs };
    if (Number.isNaN(askedMs) || !clock.covers(askedMs) || (answeredMs !== null && !clock.covers(answeredMs))) {
      samples.push({
        ...base,
        dueMs: null,
        workingMs: null,
        problem: 'A date outside the calendar years the console covers, or unreadable.',
      });
    } else {
      try {
        samples.push({
          ...base,
          dueMs: clock.replyDueMs(askedMs),
          workingMs: answeredMs === null ? null : clock.workingMsBetween(askedMs, answeredMs),
        });
      } catch (error) {
        if (!(error instanceof WorkingTimeError)) throw error;
        samples.push({ ...base, dueMs: null, workingMs: null, problem: error.message });
      }
    }
    askedMs = null;
  };
  for (const message of messages) {
    if (message.who === 'buyer' && askedMs === null) askedMs = message.ms;
    else if (message.who === 'shop') close(message.ms);
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

/** Sums up requests as of `nowMs` (epoch ms; decides which open requests are overdue). */
export function responseFigures(samples: readonly ResponseSample[], nowMs: number): ResponseFigures {
  let answered = 0;
  let open = 0;
  let openOverdue = 0;
  let unmeasured = 0;
  let within = 0;
  const durations = new Float64Array(samples.length);
  for (const s of samples) {
    if (s.problem !== undefined) unmeasured += 1;
    else if (s.workingMs === null) {
      open += 1;
      if (s.dueMs !== null && s.dueMs < nowMs) openOverdue += 1;
    } else {
      durations[answered] = s.workingMs;
      answered += 1;
      if (s.workingMs <= REPLY_WINDOW_MS) within += 1;
    }
  }
  const sorted = durations.subarray(0, answered).sort();
  return {
    answered,
    open,
    openOverdue,
    medianMs: medianOfSorted(sorted),
    p90Ms: percentileOfSorted(sorted, 90),
    withinWindowShare: answered === 0 ? null : within / answered,
    unmeasured,
  };
}

/** Figures per group (e.g. per shop or per market), groups in first-seen order. */
export function responseFiguresBy(
  samples: readonly ResponseSample[],
  key: (sample: ResponseSample) => string,
  nowMs: number,
): Map<string, ResponseFigures> {
  const groups = new Map<string, ResponseSample[]>();
  for (const sample of samples) {
    const k = key(sample);
    const list = groups.get(k);
    if (list) list.push(sample);
    else groups.set(k, [sample]);
  }
  return new Map([...groups].map(([k, list]) => [k, responseFigures(list, nowMs)]));
}

/**
 * How many requests were overdue at each of `instants` (epoch ms, ascending, e.g. each day's end):
 * due before then and not answered by then. The "overdue over time" line of the reports. One sweep
 * over the requests' overdue spans [due, answered) rather than a scan per instant, so a year of days
 * over a million requests stays cheap.
 */
export function overdueAt(samples: readonly ResponseSample[], instants: readonly number[]): number[] {
  const startList: number[] = [];
  const endList: number[] = [];
  for (const s of samples) {
    if (s.dueMs === null || (s.answeredMs !== null && s.answeredMs <= s.dueMs)) continue;
    startList.push(s.dueMs);
    endList.push(s.answeredMs ?? Infinity);
  }
  const starts = sortedNumbers(startList);
  const ends = sortedNumbers(endList);
  const counts: number[] = [];
  let began = 0;
  let ended = 0;
  for (const t of instants) {
    while (began < starts.length && (starts[began] as number) < t) began += 1;
    while (ended < ends.length && (ends[ended] as number) <= t) ended += 1;
    counts.push(began - ended);
  }
  return counts;
}
