// The deadline countdown of a thread (issue 10): one component, one clock context with one shared scheduler.
export { DueCountdown, type DueCountdownProps } from './DueCountdown';
export { CountdownClockProvider, useDeadlineView } from './CountdownClock';
export { describeDeadline, localDate, type DeadlineView, type DeadlineInput, type StopReason } from './deadline-model';
