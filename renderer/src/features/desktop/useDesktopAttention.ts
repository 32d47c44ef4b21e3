import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { callHost } from '../../host/host-client';
import { isDesktopHost } from '../../host/host-events';
import { useT } from '../../ui/i18n';
import { attentionReportOf, type AttentionRow } from './attention-report';
import { messages } from './desktop.messages';

/**
 * Reports the inbox's overdue and due-soon counts and waiting threads to the desktop host (badge,
 * notifications) whenever they change. Web mode: does nothing.
 */
export function useDesktopAttention(rows: readonly AttentionRow[] | undefined): void {
  const t = useT();
  // The profile's language, for the texts the host writes itself (dialogs, tray).
  const language = useIntl().locale;
  const last = useRef('');
  useEffect(() => {
    if (!rows || !isDesktopHost()) return;
    const counted = attentionReportOf(rows, (counts) => ({
      badge: t(messages.badge, counts),
      dueSoon: t(messages.dueSoon),
      takenOver: t(messages.takenOver),
      several: t(messages.several),
    }));
    const report = { ...counted, language };
    const text = JSON.stringify(report);
    if (text === last.current) return;
    last.current = text;
    void callHost('desktop:attention', report);
  }, [rows, t, language]);
}
