import { describe, expect, it } from 'vitest';
import type { OrdersPage } from '../../../../shared/mirakl';
import type { IncidentResolutionPayload, OutboxItemOf } from '../../data/records';
import { incidentResolutionHandler, incidentResolved } from './incident-resolution.handler';

type Resolution = OutboxItemOf<'incident-resolution'>;
function item(change: Partial<Resolution> = {}): Resolution {
  return {
    id: 'x1',
    shopId: 'demo-2001',
    kind: 'incident-resolution',
    payload: { order_id: 'O-1', order_line_id: 'O-1-1', reason_code: '30' },
    attachments: [],
    state: 'unknown',
    createdAt: '2026-11-23T10:00:00Z',
    firstAttemptAt: '2026-11-23T10:00:00Z',
    attempts: 1,
    ...change,
  };
}
/** An OR11 page as its schema reads it (only what the read-back looks at is filled in). */
const page = (state: string) =>
  ({
    orders: [
      {
        order_id: 'O-1',
        order_lines: [
          { order_line_id: 'O-1-0', order_line_state: 'INCIDENT_OPEN' },
          { order_line_id: 'O-1-1', order_line_state: state },
        ],
      },
    ],
    total_count: 1,
  }) as unknown as OrdersPage;
/** A payload as IndexedDB may hold it (checked, not trusted). */
const stored = (payload: Partial<IncidentResolutionPayload>) => payload as IncidentResolutionPayload;

describe('incident resolution handler (OR64)', () => {
  it('puts the reason code to the line, in one order per line', () => {
    expect(incidentResolutionHandler.request(item())).toEqual({
      code: 'OR64',
      input: { params: { order_id: 'O-1', line: 'O-1-1' }, body: { reason_code: '30' } },
    });
    expect(incidentResolutionHandler.orderKey(item())).not.toBe(
      incidentResolutionHandler.orderKey(item({ payload: { order_id: 'O-1', order_line_id: 'O-1-0', reason_code: '30' } })),
    );
    expect(incidentResolutionHandler.accept(item(), { status: 204, readable: true, body: null })).toEqual({ outcome: 'delivered' });
  });

  it('refuses an item that does not name its line or reason', () => {
    expect(incidentResolutionHandler.check(item())).toBeNull();
    expect(incidentResolutionHandler.check(item({ payload: stored({ order_id: 'O-1', reason_code: '30' }) }))).toBe(
      'This incident resolution does not say which order line it is for.',
    );
    expect(incidentResolutionHandler.check(item({ payload: stored({ order_id: 'O-1', order_line_id: 'O-1-1' }) }))).toMatch(/reason_code/);
  });

  it('counts the resolution applied once the line is no longer INCIDENT_OPEN', () => {
    expect(incidentResolved(page('RECEIVED'), 'O-1', 'O-1-1')).toBe(true);
    expect(incidentResolved(page('SHIPPED'), 'O-1', 'O-1-1')).toBe(true);
    expect(incidentResolved(page('INCIDENT_OPEN'), 'O-1', 'O-1-1')).toBe(false);
  });

  it('counts it not applied when the order or line cannot be seen (the resend then gets the reason)', () => {
    expect(incidentResolved({ orders: [], total_count: 0 }, 'O-1', 'O-1-1')).toBe(false);
    expect(incidentResolved(page('RECEIVED'), 'O-1', 'O-1-9')).toBe(false);
    expect(incidentResolved(page('RECEIVED'), 'O-2', 'O-1-1')).toBe(false);
  });

  it('reads the order back with OR11 order_ids', async () => {
    const reads: unknown[] = [];
    const result = await incidentResolutionHandler.readBack(item(), {
      claimed: new Set(),
      read: async (code, input) => {
        reads.push([code, input]);
        return page('RECEIVED') as never;
      },
    });
    expect(result).toEqual({ found: true });
    expect(reads).toEqual([['OR11', { query: { order_ids: 'O-1' } }]]);
  });
});
