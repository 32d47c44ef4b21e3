import type { CaseStage } from '../../data/records';
import { useT } from '../../ui/i18n';
import { messages } from './case-stages.messages';
import { stageLabels } from './stage-labels';

/** The inbox row's mark of a case whose buyer has not been told about its last stage ("Buyer not told: Shipped"). */
export function UntoldStageBadge({ stage }: { stage: CaseStage }) {
  const t = useT();
  return (
    <span className="badge stage-untold" data-stage={stage}>
      {t(messages.notTold, { stage: t(stageLabels[stage]) })}
    </span>
  );
}
