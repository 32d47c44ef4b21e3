import type { CaseActionId } from '../../../../shared/cases/case-actions';
import type { CaseDetail, PlatformEvent } from '../../data/case-detail.queries';
import type { CaseHistoryEntry } from '../../data/case-events.queries';
import type { CaseListItem } from '../../data/cases.queries';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { messages as actionText } from './case-actions.messages';
import { messages } from './case-detail.messages';
import { actionLabels, codeText, stateText } from './case-labels';

type T = ReturnType<typeof useT>;

function platformText(t: T, item: CaseListItem, e: PlatformEvent): string {
  const reason = (code: string | undefined) => (code && code === item.summary.reasonCode ? (item.reasonLabel ?? code) : codeText(t, code));
  switch (e.what) {
    case 'incident-opened':
      return t(messages.evIncidentOpened, { reason: reason(e.detail) });
    case 'incident-left':
      return t(messages.evIncidentLeft, { state: e.detail ?? '' });
    case 'return-created':
      return t(messages.evReturnCreated, { reason: reason(e.detail) });
    case 'return-state':
      return t(messages.evReturnState, { state: stateText(t, 'return', e.detail ?? '') });
    case 'return-refused':
      return t(messages.evReturnRefused, { reason: codeText(t, e.detail) });
    case 'thread-opened':
      return t(messages.evThreadOpened, { reason: reason(e.detail) });
    case 'buyer-wrote':
      return t(messages.evBuyerWrote);
  }
}

function consoleText(t: T, entry: CaseHistoryEntry, closeLabels: ReadonlyMap<string, string>): string {
  const { action, detail } = entry.event;
  const known = actionLabels[action as CaseActionId];
  if (known) {
    const reason = detail ? (closeLabels.get(detail) ?? codeText(t, detail)) : '';
    return reason ? `${t(known.name)}: ${reason}` : t(known.name);
  }
  if (action === 'responsible') return detail ? t(actionText.histResponsible, { name: detail }) : t(actionText.histResponsibleCleared);
  if (action === 'refusal-dismissed') return t(actionText.histRefusalDismissed, { reason: detail ?? '' });
  // Steps other features record (stages, phone complaints) as their code and detail.
  return detail ? `${action}: ${detail}` : action;
}

function itemText(t: T, entry: CaseHistoryEntry): string | null {
  if (!entry.event.outboxItemId) return null;
  const item = entry.item;
  if (!item) return t(messages.itemGone);
  switch (item.state) {
    case 'queued':
      return t(messages.itemQueued);
    case 'sending':
      return t(messages.itemSending);
    case 'unknown':
      return t(messages.itemUnknown);
    case 'sent':
      return t(messages.itemSent);
    case 'parked':
      return t(messages.itemParked, { reason: item.lastError?.message ?? '' });
  }
}

/**
 * A case's full history, oldest first: the platform's events (derived from the synced record's dates
 * and states) and the console's own steps (who did what, and where its outbox item is now: waiting,
 * sent, refused with the marketplace's reason).
 */
export function CaseHistory({ item, detail }: { item: CaseListItem; detail: CaseDetail }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const closeLabels = new Map(detail.closeReasons.map((r) => [r.code, r.label]));
  const rows = [
    ...detail.platformEvents.map((e, i) => ({
      key: `p${i}`,
      at: e.at,
      who: t(messages.marketplace),
      what: platformText(t, item, e),
      state: null,
      kind: 'platform',
    })),
    ...detail.history.map((h) => ({
      key: `c${h.event.seq ?? h.event.at}`,
      at: h.event.at,
      who: h.event.actor,
      what: consoleText(t, h, closeLabels),
      state: itemText(t, h),
      kind: h.item?.state ?? 'console',
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="case-history" aria-label={t(messages.historyTitle)}>
      <h3>{t(messages.historyTitle)}</h3>
      <ol>
        {rows.map((r) => (
          <li key={r.key} data-kind={r.kind}>
            <time dateTime={r.at}>{formatDateTime(r.at)}</time> <span className="case-history-who">{r.who}</span>{' '}
            <span className="case-history-what">{r.what}</span>
            {r.state && <span className="case-history-state"> ({r.state})</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
