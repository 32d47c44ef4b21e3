import type { ThreadKey } from '../inbox';

/** The Absence view (stub: features/absence builds it). */
export function AbsenceView(_props: { now: number; onOpenThread(selection: ThreadKey): void }) {
  return null;
}
