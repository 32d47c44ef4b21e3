import { describe, expect, it } from 'vitest';
import type { Return } from '../../../../shared/mirakl';
import type { OutboxItemOf, ReturnActionPayload } from '../../data/records';
import type { ReadBackContext } from './outbox-handler';
import { returnAcceptance, returnActionApplied, returnActionHandler } from './return-action.handler';

type ReturnUpdate = OutboxItemOf<'return-action'>;
/** A return action's payload; built from any action and entry, as IndexedDB may hold it (checked, not trusted). */
const payload = (action: string, entry: Record<string, unknown> = { id: 'R-1' }) => ({ action, returns: [entry] }) as ReturnActionPayload;
function item(action: string, entry: Record<string, unknown> = { id: 'R-1' }, change: Partial<ReturnUpdate> = {}): ReturnUpdate {
  return {
    id: 'ra',
    shopId: 'demo-2001',
    kind: 'return-action',
    payload: payload(action, entry),
    attachments: [],
    state: 'unknown',
    createdAt: '2026-11-23T10:00:00Z',
    firstAttemptAt: '2026-11-23T10:00:00Z',
    attempts: 1,
    ...change,
  };
}
/** A return as RT11's schema reads it (only what the read-back looks at is filled in). */
const ret = (state: string, lines: unknown[] = []) => ({ id: 'R-1', state, return_lines: lines }) as unknown as Return;
const answer = (body: unknown) => ({ status: 200, readable: true as const, body: body as never });

describe('return action handler (RT21, RT25, RT26, RT27)', () => {
  it('puts one return to the action path, in one order per return', () => {
    expect(returnActionHandler.request(item('accept', { id: 'R-1', accepted: true }))).toEqual({
      code: 'RT21',
      input: { body: { returns: [{ id: 'R-1', accepted: true }] } },
    });
    expect(returnActionHandler.request(item('receive'))).toMatchObject({ code: 'RT25' });
    expect(returnActionHandler.request(item('compliance', { id: 'R-1', return_lines: [] }))).toMatchObject({ code: 'RT26' });
    expect(returnActionHandler.request(item('close'))).toMatchObject({ code: 'RT27' });
    expect(returnActionHandler.orderKey(item('accept'))).toBe(returnActionHandler.orderKey(item('close')));
    expect(returnActionHandler.orderKey(item('accept'))).not.toBe(returnActionHandler.orderKey(item('accept', { id: 'R-2' })));
  });

  it('checks the action, that there is one return, and its shape', () => {
    expect(returnActionHandler.check(item('accept', { id: 'R-1', accepted: true }))).toBeNull();
    expect(returnActionHandler.check(item('explode'))).toBe('This return update has an unknown action (explode).');
    expect(returnActionHandler.check({ ...item('close'), payload: { action: 'close', returns: [{ id: 'a' }, { id: 'b' }] } })).toBe(
      'A return update must be for exactly one return.',
    );
    expect(returnActionHandler.check(item('accept', {}, { payload: { action: 'accept' } as ReturnActionPayload }))).toBe(
      'A return update must be for exactly one return.',
    );
    expect(returnActionHandler.check(item('accept', { id: 'R-1' }))).toMatch(/returns\.0\.accepted/);
  });

  it('reads an error for our return as a refusal in the marketplace words, success as delivered', () => {
    expect(
      returnAcceptance(
        'R-1',
        answer({ return_errors: [{ id: 'R-1', message: 'Return R-1 is CLOSED, expected RECEIVED' }], return_success: [] }),
      ),
    ).toEqual({
      outcome: 'refused',
      code: 'RETURN_ERROR',
      message: 'Return R-1 is CLOSED, expected RECEIVED',
    });
    expect(returnAcceptance('R-1', answer({ return_errors: [{ id: 'R-1' }] }))).toMatchObject({
      outcome: 'refused',
      message: 'The marketplace did not update return R-1.',
    });
    expect(returnAcceptance('R-1', answer({ return_errors: [{ id: 'R-2', message: 'x' }], return_success: [{ id: 'R-1' }] }))).toEqual({
      outcome: 'delivered',
    });
  });

  it('leaves the outcome unknown when the answer names our return in neither list or cannot be read', () => {
    expect(returnAcceptance('R-1', answer({ return_errors: [], return_success: [] })).outcome).toBe('unknown');
    expect(returnAcceptance('R-1', answer(null)).outcome).toBe('unknown');
    // A body that breaks RT2x's schema (`return_success: 'not-an-array'`) reaches the handler as unreadable.
    expect(returnAcceptance('R-1', { status: 200, readable: false }).outcome).toBe('unknown');
  });

  it('counts accept applied once the return moved on from WAITING_ACCEPTANCE (and a refusal once REFUSED)', () => {
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: true }), ret('IN_PROGRESS'))).toBe(true);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: true }), ret('RECEIVED'))).toBe(true);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: true }), ret('WAITING_ACCEPTANCE'))).toBe(false);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: true }), ret('REFUSED'))).toBe(false);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: false }), ret('REFUSED'))).toBe(true);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: false }), ret('WAITING_ACCEPTANCE'))).toBe(false);
    expect(returnActionApplied(payload('accept', { id: 'R-1', accepted: true }), undefined)).toBe(false);
  });

  it('counts receive and close applied by their target state', () => {
    expect(returnActionApplied(payload('receive', { id: 'R-1' }), ret('RECEIVED'))).toBe(true);
    expect(returnActionApplied(payload('receive', { id: 'R-1' }), ret('CLOSED'))).toBe(true);
    expect(returnActionApplied(payload('receive', { id: 'R-1' }), ret('IN_PROGRESS'))).toBe(false);
    expect(returnActionApplied(payload('close', { id: 'R-1' }), ret('CLOSED'))).toBe(true);
    expect(returnActionApplied(payload('close', { id: 'R-1' }), ret('RECEIVED'))).toBe(false);
  });

  it('counts compliance applied when every line sent carries the decision sent', () => {
    const sent = {
      id: 'R-1',
      return_lines: [
        { order_line_id: 'L1', compliant: true },
        { order_line_id: 'L2', compliant: false, non_compliance_reason_code: 'RETURN_NON_COMPLIANT_OTHER' },
      ],
    };
    const both = ret('RECEIVED', [
      { order_line_id: 'L1', compliance: [{ compliant: true }] },
      { order_line_id: 'L2', compliance: [{ compliant: false }] },
    ]);
    const one = ret('RECEIVED', [{ order_line_id: 'L1', compliance: [{ compliant: true }] }, { order_line_id: 'L2' }]);
    const other = ret('RECEIVED', [
      { order_line_id: 'L1', compliance: [{ compliant: false }] },
      { order_line_id: 'L2', compliance: [{ compliant: false }] },
    ]);
    expect(returnActionApplied(payload('compliance', sent), both)).toBe(true);
    expect(returnActionApplied(payload('compliance', sent), one)).toBe(false);
    expect(returnActionApplied(payload('compliance', sent), other)).toBe(false);
    expect(returnActionApplied(payload('compliance', sent), ret('CLOSED'))).toBe(true);
  });

  it('reads the return back with RT11 return_id', async () => {
    const reads: unknown[] = [];
    const read: ReadBackContext['read'] = async (code, input) => {
      reads.push([code, input]);
      return { data: [ret('IN_PROGRESS')] } as never;
    };
    expect(await returnActionHandler.readBack(item('accept', { id: 'R-1', accepted: true }), { read, claimed: new Set() })).toEqual({
      found: true,
    });
    expect(await returnActionHandler.readBack(item('receive'), { read, claimed: new Set() })).toEqual({ found: false });
    expect(reads[0]).toEqual(['RT11', { query: { return_id: 'R-1' } }]);
  });
});
