import { formatDateTime } from '../format';

/** What a thread's deadline cell needs: the cached thread's derived deadline fields. */
export interface DueCountdownProps {
  /** The 24-working-hour deadline (UTC ISO instant); absent when no reply is due or it could not be computed. */
  dueAt?: string;
  /** The market code whose calendar and time zone the deadline is counted in (shared/working-time). */
  market: string;
  replyState: 'waiting' | 'answered' | 'no-reply-needed';
  /** Why no deadline could be computed although a reply is due. */
  dueProblem?: string;
  replyNeededSince?: string;
  dateUpdated: string;
  /** `row`: compact, for the inbox list; `header`: the thread header, with the due instant in full. */
  variant: 'row' | 'header';
}

/**
 * A thread's deadline: the working time left, overdue by how much, or the clock stopped until when.
 * PLACEHOLDER contract (session of 2026-11-28): the countdown work replaces this body; the props stay.
 */
export function DueCountdown(props: DueCountdownProps) {
  if (props.replyState !== 'waiting') return <span className="due">{formatDateTime(props.dateUpdated)}</span>;
  return <span className="due">{props.dueAt ? formatDateTime(props.dueAt) : (props.dueProblem ?? '')}</span>;
}
