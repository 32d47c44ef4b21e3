// The desktop report from inbox rows: counts, waiting threads, and nothing about the buyer.
import { describe, expect, it } from 'vitest';
import { attentionReportOf, type AttentionRow } from './attention-report';

const texts = ({ overdue, dueSoon }: { overdue: number; dueSoon: number }) => ({
  badge: `${overdue}/${dueSoon}`,
  dueSoon: 'soon',
  takenOver: 'taken',
  several: 'several',
});

function row(id: string, overrides: Partial<AttentionRow['thread']> = {}, deadline?: string): AttentionRow {
  return {
    thread: { shopId: 's1', id, dueAt: '2026-11-27T12:00:00.000Z', takenOver: 0, replyState: 'waiting', ...overrides },
    shopLabel: 'Shop',
    deadline,
  };
}

describe('attentionReportOf', () => {
  it('counts overdue and due-soon rows and lists the waiting threads with their deadlines', () => {
    const report = attentionReportOf(
      [row('a', {}, 'overdue'), row('b', {}, 'due-soon'), row('c', {}, 'on-track'), row('d', { replyState: 'answered' })],
      texts,
    );
    expect(report.overdue).toBe(1);
    expect(report.dueSoon).toBe(1);
    expect(report.texts.badge).toBe('1/1');
    expect(report.threads.map((t) => t.threadId)).toEqual(['a', 'b', 'c']);
    expect(report.threads[0]).toEqual({
      shopId: 's1',
      threadId: 'a',
      shopLabel: 'Shop',
      dueAtMs: Date.parse('2026-11-27T12:00:00.000Z'),
      takenOver: false,
    });
  });

  it('keeps a taken-over thread even when it is not waiting, and a thread without a deadline as null', () => {
    const report = attentionReportOf([row('a', { replyState: 'answered', takenOver: 1 }), row('b', { dueAt: undefined })], texts);
    expect(report.threads.map((t) => [t.threadId, t.takenOver, t.dueAtMs])).toEqual([
      ['a', true, Date.parse('2026-11-27T12:00:00.000Z')],
      ['b', false, null],
    ]);
  });

  it('carries only ids, the shop name, the deadline and the takeover flag', () => {
    const report = attentionReportOf([{ ...row('a'), subject: 'Jan Kowalski wants a refund' } as AttentionRow], texts);
    expect(JSON.stringify(report)).not.toContain('Kowalski');
  });
});
