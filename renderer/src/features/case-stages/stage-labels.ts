import type { CaseStage } from '../../data/records';
import type { UiMessage } from '../../ui/i18n';
import { messages } from './case-stages.messages';

/** Each stage's name in the UI language. */
export const stageLabels: Record<CaseStage, UiMessage> = {
  'return-received': messages.stageReturnReceived,
  'repair-started': messages.stageRepairStarted,
  'replacement-started': messages.stageReplacementStarted,
  'ready-to-ship': messages.stageReadyToShip,
  shipped: messages.stageShipped,
};
