/**
 * The shared workstation: profiles (each with its own database and UI state), the lock (PIN checked
 * by the host, idle and on-demand locking, the console unmounted while locked), wiping a profile, and
 * the team's audit log (kept by the host across profiles, exportable to CSV).
 */
export { ProfileGate } from './ProfileGate';
export { ProfileMenu } from './ProfileMenu';
export { TeamPanel } from './TeamPanel';
export { CaseAssignee, useCaseAssigneeText } from './CaseAssignee';
export { useAssignments, type Assignments } from './useAssignments';
export { useOptionalWorkstation, useWorkstation, type Workstation } from './workstation-context';
export { recordAuditFrom, auditOfOutboxItem, auditOfCaseEvent, type AuditRecord } from './audit-recorder';
