import type { ThreadKey } from '../inbox';

/** The Cases view (stub: features/cases builds it). */
export function CasesView(_props: { now: number; onOpenThread(selection: ThreadKey): void }) {
  return null;
}
