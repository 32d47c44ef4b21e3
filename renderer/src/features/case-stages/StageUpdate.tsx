import type { CaseSummary } from '../../data/records';
import type { ThreadKey } from '../inbox';

/** The stage control of a case's detail (stub: features/case-stages builds it). */
export function StageUpdate(_props: { summary: CaseSummary; now: number; onOpenThread(selection: ThreadKey): void }) {
  return null;
}
