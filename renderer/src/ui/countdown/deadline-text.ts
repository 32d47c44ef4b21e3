// The words of a deadline cell: pure functions of a DeadlineView, react-intl's IntlShape (the UI language)
// and the seller's time zone, so every language's text is tested without a browser.
import type { IntlShape } from 'react-intl';
import { messages } from './countdown.messages';
import type { DeadlineView, StopReason } from './deadline-model';

/** What a cell shows: the main text, the due instant (short and complete), its accessible name and tooltip. */
export interface DeadlineText {
  /** The state in words ("19 h 12 min left", "Overdue by 3 h 5 min", "Clock stopped (weekend) until …"). */
  main: string;
  /** The instant the `<time>` element carries (the due instant, or the last activity), if any. */
  instant?: string;
  /** That instant as shown beside the main text (row: "due Mon 09:14 GMT+1"; header: market and seller time). */
  instantText?: string;
  /** The role=timer element's accessible name: the state spelled out, and the due instant in full. */
  label: string;
  /** The tooltip: how the time is counted (working time in the market's calendar), and the instant in full. */
  title: string;
}

const MINUTE_MS = 60_000;

/**
 * Working time as hours and minutes, rounded up to the started minute (a countdown never shows "0 min left"
 * while time is left): `short` abbreviates ("19 h 12 min"), `long` spells out with plural forms.
 */
export function formatWorkingDuration(intl: IntlShape, ms: number, style: 'short' | 'long'): string {
  const total = Math.ceil(Math.abs(ms) / MINUTE_MS);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const h = style === 'short' ? messages.hoursShort : messages.hoursLong;
  const m = style === 'short' ? messages.minutesShort : messages.minutesLong;
  const parts: string[] = [];
  if (hours > 0) parts.push(intl.formatMessage(h, { hours }));
  if (minutes > 0 || hours === 0) parts.push(intl.formatMessage(m, { minutes }));
  return parts.join(' ');
}

const stopKey: Record<StopReason, string> = { weekend: 'weekend', holiday: 'holiday', 'weekend-holiday': 'both', hours: 'hours' };

/** The date formats a deadline cell uses, by name (the options are fixed; the zone varies). */
const dateFormats = {
  full: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'long' },
  far: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  near: { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  wall: { day: 'numeric', month: 'numeric', hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * One Intl.DateTimeFormat per UI locale, format and zone, made once: every row of the list formats
 * its instants several times, and intl.formatDate serialized its options to find its cached
 * formatter on each call (a good part of a row's render when 40 fresh rows scroll in).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** `ms` in `format` and `timeZone` in the UI language; as intl.formatDate gives it (it also reports a zone Intl rejects). */
function formatIn(intl: IntlShape, ms: number, format: keyof typeof dateFormats, timeZone: string | undefined): string {
  const key = `${intl.locale}|${format}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(intl.locale, { ...dateFormats[format], timeZone: timeZone ?? intl.timeZone });
    } catch {
      return intl.formatDate(ms, { ...dateFormats[format], timeZone });
    }
    formatters.set(key, formatter);
  }
  return formatter.format(ms);
}

/** An instant in a zone: `short` (weekday and time, with the date when over six days away) or `full`, with the zone's name. */
export function formatInstant(intl: IntlShape, iso: string, timeZone: string | undefined, style: 'short' | 'full', nowMs: number): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  if (style === 'full') return formatIn(intl, ms, 'full', timeZone);
  return formatIn(intl, ms, Math.abs(ms - nowMs) > 6 * 86_400_000 ? 'far' : 'near', timeZone);
}

/** The same instant in the seller's zone, when its wall-clock time there differs from the market's. */
function sellerTime(
  intl: IntlShape,
  iso: string,
  marketZone: string | undefined,
  sellerZone: string,
  style: 'short' | 'full',
  nowMs: number,
): string | null {
  const wall = (timeZone: string | undefined) => formatIn(intl, Date.parse(iso), 'wall', timeZone);
  if (!marketZone || wall(marketZone) === wall(sellerZone)) return null;
  return formatInstant(intl, iso, sellerZone, style, nowMs);
}

/** The due instant in the market's time with its zone, and in the seller's own in brackets where it differs. */
export function formatDueInstant(
  intl: IntlShape,
  dueAt: string,
  marketZone: string | undefined,
  sellerZone: string,
  style: 'short' | 'full',
  nowMs: number,
): string {
  const market = formatInstant(intl, dueAt, marketZone, style, nowMs);
  const own = sellerTime(intl, dueAt, marketZone, sellerZone, style, nowMs);
  return own ? `${market} ${intl.formatMessage(messages.yourTime, { when: own })}` : market;
}

const regionNames = new Map<string, Intl.DisplayNames>();
const marketNames = new Map<string, string>();

/** The market's country in the UI language ("Poland", "Polska"), from Intl (each one looked up once). */
function marketName(intl: IntlShape, code: string): string {
  const key = `${intl.locale}|${code}`;
  let name = marketNames.get(key);
  if (name === undefined) marketNames.set(key, (name = lookUpMarketName(intl, code)));
  return name;
}

function lookUpMarketName(intl: IntlShape, code: string): string {
  try {
    let names = regionNames.get(intl.locale);
    if (!names) {
      names = new Intl.DisplayNames([intl.locale], { type: 'region' });
      regionNames.set(intl.locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The text of a deadline cell in the UI language. `variant` `row` is compact (abbreviated units, the due
 * instant as weekday and time); `header` is complete (units spelled out, dates in full, the seller's own time
 * where it differs). The accessible name and tooltip are complete in both.
 */
export function deadlineText(
  intl: IntlShape,
  view: DeadlineView,
  variant: 'row' | 'header',
  nowMs: number,
  sellerZone: string,
): DeadlineText {
  const t = intl.formatMessage;
  const short = variant === 'row';
  if (view.kind === 'activity') {
    const when = intl.formatDate(
      Date.parse(view.at),
      short ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    const main = t(messages.lastActivity, { when });
    return { main, label: main, title: main };
  }
  if (view.kind === 'no-deadline') {
    const why = t(messages.noDeadlineWhy, { problem: view.problem ?? t(messages.unknownCalendar) });
    const since = view.since
      ? t(messages.waitingSince, { when: intl.formatDate(Date.parse(view.since), { dateStyle: 'medium', timeStyle: 'short' }) })
      : t(messages.waiting);
    const full = `${since} ${why}`;
    return { main: short ? t(messages.noDeadline) : full, label: full, title: full };
  }
  const dueFull = formatDueInstant(intl, view.dueAt, view.timeZone, sellerZone, 'full', nowMs);
  const replyDue = t(messages.replyDue, { when: dueFull });
  const instantText = short ? t(messages.dueShort, { when: formatInstant(intl, view.dueAt, view.timeZone, 'short', nowMs) }) : replyDue;
  if (view.kind === 'uncounted') {
    const problem = t(messages.notCounted, { problem: view.problem });
    return {
      main: short ? t(messages.noDeadline) : problem,
      instant: view.dueAt,
      instantText,
      label: `${replyDue}. ${problem}`,
      title: problem,
    };
  }
  const status = (style: 'short' | 'long'): string => {
    const duration = formatWorkingDuration(intl, view.workingMsLeft, style);
    const words = style === 'short';
    if (view.state === 'overdue') return t(words ? messages.overdueBy : messages.overdueByWorking, { duration });
    if (view.state === 'due-soon') return t(words ? messages.dueSoonLeft : messages.dueSoonLeftWorking, { duration });
    return t(words ? messages.left : messages.leftWorking, { duration });
  };
  const stopped = (style: 'short' | 'full'): string | null => {
    if (!view.stop) return null;
    const reason = t(messages.stopReason, { reason: stopKey[view.stop.reason] });
    if (!view.stop.until) return t(messages.clockStopped, { reason });
    return t(messages.clockStoppedUntil, { reason, until: formatInstant(intl, view.stop.until, view.timeZone, style, nowMs) });
  };
  // Stopped: the stop leads (it is why the number does not move); overdue: the stop follows, in the header only.
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');
  const compose = (style: 'short' | 'long', when: 'short' | 'full', withStop: boolean) =>
    view.state === 'clock-stopped' ? join(stopped(when), status(style)) : join(status(style), withStop ? stopped(when) : null);
  const main = short ? compose('short', 'short', false) : compose('long', 'full', true);
  const counted = t(messages.countedIn, { market: marketName(intl, view.market) });
  return {
    main,
    instant: view.dueAt,
    instantText,
    label: `${t(messages.timerName, { status: compose('long', 'full', true) })}. ${replyDue}`,
    title: `${replyDue}. ${counted}`,
  };
}
