import { getMarket } from '../../../../shared/working-time';
import type { UiMessage } from '../../ui/i18n';
import { messages } from './inbox.messages';
import type { InboxRow, StateFilter } from './triage';

/** Each state filter's words. */
export const stateLabels: Record<StateFilter, UiMessage> = {
  'needs-reply': messages.stateNeedsReply,
  'due-soon': messages.stateDueSoon,
  overdue: messages.stateOverdue,
  platform: messages.platformInvolved,
  incident: messages.stateIncident,
  return: messages.stateReturn,
  draft: messages.stateDraft,
  unread: messages.stateUnread,
  'assigned-to-me': messages.stateAssignedToMe,
  unassigned: messages.stateUnassigned,
};

function marketLanguage(market: string): string {
  try {
    return getMarket(market).language.split('-')[0] ?? '';
  } catch {
    return '';
  }
}

/**
 * The REASON_CODE topics among the rows, each with one label to show in the topic filter: RE11 labels
 * come per shop, in its market's language (RE11 takes no locale), so the label of a shop whose market
 * speaks the UI language is preferred, then any label, then the code itself. Sorted by that label.
 */
export function topicOptions(rows: readonly InboxRow[], uiLanguage: string): { code: string; label: string }[] {
  const best = new Map<string, { label: string; native: boolean }>();
  const languages = new Map<string, string>();
  for (const row of rows) {
    const code = row.thread.topicCode;
    if (!code) continue;
    const { market } = row.thread;
    let language = languages.get(market);
    if (language === undefined) languages.set(market, (language = marketLanguage(market)));
    const native = language === uiLanguage;
    const known = best.get(code);
    const label = row.topicLabel ?? code;
    if (!known || (native && !known.native) || (known.label === code && label !== code)) best.set(code, { label, native });
  }
  return [...best].map(([code, { label }]) => ({ code, label })).sort((a, b) => a.label.localeCompare(b.label, uiLanguage));
}
