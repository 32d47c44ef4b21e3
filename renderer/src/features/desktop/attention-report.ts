import type { AttentionReport } from '../../host/host-contract';

/** The little of an inbox row the report needs (features/inbox's InboxRow satisfies it). */
export interface AttentionRow {
  thread: { shopId: string; id: string; dueAt?: string; takenOver: 0 | 1; replyState: string };
  shopLabel: string;
  deadline?: string;
}

/** The texts the host shows, already in the seller's language. */
export type AttentionTexts = AttentionReport['texts'];

/**
 * What the desktop host is told for its badge and notifications: the counts of overdue and due-soon
 * threads, and each waiting thread's ids, shop name, deadline instant and takeover flag. Nothing
 * about the buyer (no name, subject or message) leaves the renderer this way.
 */
export function attentionReportOf(
  rows: readonly AttentionRow[],
  texts: (counts: { overdue: number; dueSoon: number }) => AttentionTexts,
): AttentionReport {
  let overdue = 0;
  let dueSoon = 0;
  const threads: AttentionReport['threads'] = [];
  for (const row of rows) {
    if (row.deadline === 'overdue') overdue += 1;
    if (row.deadline === 'due-soon') dueSoon += 1;
    if (row.thread.replyState !== 'waiting' && row.thread.takenOver !== 1) continue;
    const dueAtMs = row.thread.dueAt ? Date.parse(row.thread.dueAt) : NaN;
    threads.push({
      shopId: row.thread.shopId,
      threadId: row.thread.id,
      shopLabel: row.shopLabel.slice(0, 120),
      dueAtMs: Number.isFinite(dueAtMs) && dueAtMs >= 0 ? dueAtMs : null,
      takenOver: row.thread.takenOver === 1,
    });
  }
  return { overdue, dueSoon, threads: threads.slice(0, 5000), texts: texts({ overdue, dueSoon }) };
}
