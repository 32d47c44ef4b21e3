import { useIntl } from 'react-intl';
import { caseWindows, daysLeft, marketDay, windowState, type CaseWindow } from '../../../../shared/cases/case-windows';
import type { CaseSummary } from '../../data/records';
import { useT } from '../../ui/i18n';
import { messages } from './cases.messages';

/** "3 days left", "last day today", "2 days overdue": a window's countdown in days. */
export function DaysLeft({ endDay, market, now }: { endDay: string; market: string; now: number }) {
  const t = useT();
  let left: number;
  try {
    left = daysLeft(endDay, marketDay(new Date(now).toISOString(), market));
  } catch {
    return null;
  }
  const state = windowState(left);
  const words = left < 0 ? t(messages.overdue, { days: -left }) : left === 0 ? t(messages.dueToday) : t(messages.daysLeft, { days: left });
  return (
    <span className={`case-days state-${state}`} role="timer" data-state={state} data-end-day={endDay}>
      {words}
    </span>
  );
}

/** A plain day (`YYYY-MM-DD`) written the UI language's way, as the calendar day it is (no time zone shift). */
export function usePlainDate(): (day: string) => string {
  const intl = useIntl();
  return (day) => {
    const ms = Date.parse(`${day}T12:00:00Z`);
    return Number.isNaN(ms) ? day : intl.formatDate(ms, { dateStyle: 'medium', timeZone: 'UTC' });
  };
}

function basisText(t: ReturnType<typeof useT>, w: CaseWindow, market: string): string {
  if (w.basis === 'law') return t(messages.basisLaw, { source: w.source });
  if (w.basis === 'platform-rule') return t(messages.basisPlatformRule, { days: w.days });
  return t(messages.basisDefault, { market });
}

/**
 * A case's deadlines: the statutory answer window and the platform's decision window (shared/cases'
 * caseWindows, from shared/working-time), each with its countdown in days and where its length comes
 * from (a national rule, the platform's rule, or the platform default for a market without one); and
 * for a phone complaint the answer date promised to the buyer. Only for a case that is still open.
 */
export function CaseWindows({ summary, now }: { summary: CaseSummary; now: number }) {
  const t = useT();
  const day = usePlainDate();
  if (!summary.open) return null;
  const windows = caseWindows(summary.openedAt, summary.market);
  return (
    <section className="case-windows" aria-label={t(messages.deadlines)}>
      <h3>{t(messages.deadlines)}</h3>
      <dl>
        {summary.promisedAnswerBy && (
          <div data-window="promised">
            <dt>{t(messages.windowPromised)}</dt>
            <dd>
              <DaysLeft endDay={summary.promisedAnswerBy} market={summary.market} now={now} />{' '}
              <time dateTime={summary.promisedAnswerBy}>{t(messages.windowEnds, { date: day(summary.promisedAnswerBy) })}</time>
            </dd>
          </div>
        )}
        {windows.map((w) => (
          <div key={w.kind} data-window={w.kind} data-basis={w.basis}>
            <dt>{t(w.kind === 'sellerAnswer' ? messages.windowSellerAnswer : messages.windowPlatformDecision)}</dt>
            <dd>
              <DaysLeft endDay={w.endDay} market={summary.market} now={now} />{' '}
              <time dateTime={w.endDay}>{t(messages.windowEnds, { date: day(w.endDay) })}</time>
              <small className="case-window-basis">{basisText(t, w, summary.market)}</small>
            </dd>
          </div>
        ))}
      </dl>
      {windows.length === 0 && <p>{t(messages.windowsUncounted)}</p>}
    </section>
  );
}
