// The absence notice the platform's operator reads (M14's body): a structured, readable text in the
// market's language, then the same in English.
import { getMarket } from '../working-time';
import { englishTexts, noticeTexts, type NoticeTexts } from './notice-texts';

/** What the notice says about one shop's absence. */
export interface NoticeBodyInput {
  market: string;
  shopName: string;
  firstDay: string;
  lastDay: string;
  workingDays: number;
  /** The first working day after the absence, null when unknown (then the last day is quoted). */
  backOn: string | null;
  noticeRequired: boolean;
  /** Who stands in ('' for nobody): named as the one who answers buyers. */
  standIn: string;
  /** The seller's note for the platform ('' for none). */
  note: string;
  /** Whether the shop's closing dates are set too (A02). */
  closing: boolean;
}

/** The language of a market's part of the notice: its primary subtag, or null when there is no translation (English only). */
export function noticeLanguage(market: string): string | null {
  const language = getMarket(market).language.split('-')[0]?.toLowerCase() ?? '';
  return noticeTexts[language] ? language : null;
}

/** A `YYYY-MM-DD` date written the way the language writes dates. */
export function formatNoticeDate(date: string, style: NoticeTexts['dateStyle']): string {
  const [y, m, d] = date.split('-');
  if (!y || !m || !d) return date;
  switch (style) {
    case 'dmy.':
      return `${d}.${m}.${y}`;
    case 'dmy.-':
      return `${d}.${m}.${y}.`;
    case 'dmy/':
      return `${d}/${m}/${y}`;
    case 'd. m. y':
      return `${Number(d)}. ${Number(m)}. ${y}`;
    case 'y. m. d.':
      return `${y}. ${m}. ${d}.`;
    case 'iso':
      return date;
  }
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function section(t: NoticeTexts, input: NoticeBodyInput): string {
  const date = (d: string) => formatNoticeDate(d, t.dateStyle);
  const standIn = input.standIn.trim();
  const back = date(input.backOn ?? input.lastDay);
  const values = { standIn, back, first: date(input.firstDay), last: date(input.lastDay) };
  const lines = [t.title, ...(input.noticeRequired ? [] : [t.information]), ''];
  lines.push(`${t.shop}: ${input.shopName}`);
  lines.push(`${t.firstDay}: ${date(input.firstDay)}`);
  lines.push(`${t.lastDay}: ${date(input.lastDay)}`);
  if (input.backOn) lines.push(`${t.backOn}: ${date(input.backOn)}`);
  lines.push(`${t.workingDays}: ${input.workingDays} (${input.market})`);
  lines.push(`${t.standIn}: ${standIn || t.none}`);
  lines.push(`${t.buyers}: ${fill(standIn ? t.buyersStandIn : t.buyersNobody, values)}`);
  if (input.closing) lines.push(`${t.closing}: ${fill(t.closingText, values)}`);
  const note = input.note.trim();
  if (note) lines.push(`${t.note}: ${note}`);
  return lines.join('\n');
}

/**
 * The notice's body: the market's language first, then English, separated by a rule. A market whose
 * language has no translation here gets the English part only (noticeLanguage returns null). Throws
 * WorkingTimeError UNKNOWN_MARKET for an unknown market.
 */
export function absenceNoticeBody(input: NoticeBodyInput): string {
  const language = noticeLanguage(input.market);
  const english = section(englishTexts, input);
  if (!language || language === 'en') return english;
  return `${section(noticeTexts[language] as NoticeTexts, input)}\n\n----------\n\n${english}`;
}

/** The notice thread's topic (M14 free text): short, in English, with the dates. */
export function absenceNoticeTopic(firstDay: string, lastDay: string): string {
  return `Absence notice ${firstDay} – ${lastDay}`;
}
