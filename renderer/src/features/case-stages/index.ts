/** Stage updates: move a case to a stage and tell the buyer, with the message prefilled in the market's language. */
export { StageUpdate } from './StageUpdate';
export { ThreadCaseStage } from './ThreadCaseStage';
export { UntoldStageBadge } from './UntoldStageBadge';
