import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { threadCaseSummary } from '../../data/case-stages.queries';
import { useConsoleData } from '../../data/console-data-context';
import { useT } from '../../ui/i18n';
import { messages } from './case-stages.messages';
import { StageUpdate } from './StageUpdate';

/**
 * The thread header's entry to the stage control, for an order thread about a case (the order's
 * return or incident, or a complaint topic; data/case-stages.queries threadCaseSummary): a "Case
 * stage" disclosure button that shows StageUpdate. `onDraftWritten` is called once the stage's
 * message is the thread's draft (the thread view shows the composer again, with it). Renders
 * nothing for a thread that is not about a case.
 */
export function ThreadCaseStage({ shopId, threadId, onDraftWritten }: { shopId: string; threadId: string; onDraftWritten(): void }) {
  const { db, now } = useConsoleData();
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const summary = useLiveQuery(() => threadCaseSummary(db, shopId, threadId), [db, shopId, threadId]);
  if (!summary) return null;
  return (
    <div className="thread-case-stage">
      <button type="button" className="stage-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {t(messages.toggle)}
      </button>
      <div id={panelId} hidden={!open}>
        {open && <StageUpdate summary={summary} now={now().getTime()} onOpenThread={onDraftWritten} />}
      </div>
    </div>
  );
}
