import { useCallback } from 'react';
import type { RowProblem } from '../../../../shared/complaint-files';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { messages } from './complaint-reasons.messages';

/** Words a row's problem in the UI language: why it cannot be sent (rows are numbered from 1 for the seller). */
export function useProblemText(): (problem: RowProblem) => string {
  const t = useT();
  const { formatDay } = useFormat();
  return useCallback(
    (problem: RowProblem) => {
      switch (problem.kind) {
        case 'reason-missing':
          return t(messages.reasonMissing);
        case 'reason-not-accepted':
          return t(messages.reasonNotAccepted, { reason: t(messages[problem.category]) });
        case 'reason-unclear':
          return t(messages.reasonUnclear);
        case 'record-id-missing':
          return t(messages.recordIdMissing);
        case 'received-on-malformed':
          return t(messages.receivedOnMalformed, { value: problem.value });
        case 'filing-window-passed':
          return t(messages.filingWindowPassed, { fileBy: formatDay(problem.fileBy) });
        case 'duplicate':
          return t(messages.duplicate, { by: problem.by === 'record-id' ? 'recordId' : problem.by, row: problem.firstRow + 1 });
      }
    },
    [t, formatDay],
  );
}
