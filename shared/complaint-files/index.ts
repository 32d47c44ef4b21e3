// Complaint files (seed 000): a seller complains about bought contact records with a file, one reason
// per record, within 30 days of receiving each; the platform decides within 21 days. Pure, no clock.
export {
  classifyReason,
  reasonCodes,
  acceptedCategories,
  notAcceptedCategories,
  type ReasonCategory,
  type AcceptedCategory,
  type NotAcceptedCategory,
  type ReasonVerdict,
} from './reasons';
export {
  filingWindow,
  decisionDeadline,
  parseDay,
  ComplaintFileDateError,
  FILING_WINDOW_DAYS,
  DECISION_WINDOW_DAYS,
} from './filing-window';
export { normaliseReason } from './reason-text';
export {
  complaintTemplate,
  decisionTemplate,
  matchHeaders,
  parseDecision,
  type ComplaintField,
  type DecisionField,
  type HeaderMatch,
  type RecordDecision,
  type TemplateColumn,
} from './template';
export { validateRows, normalisePhone, normaliseEmail, type RowFields, type RowProblem, type RowCheck } from './validate-rows';
