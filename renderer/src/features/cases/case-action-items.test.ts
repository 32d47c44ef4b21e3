import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../data/records';
import { caseActionItem, choiceProblem } from './case-action-items';

const ret: CaseSummary = {
  key: 'return:s1:R1',
  kind: 'return',
  shopId: 's1',
  market: 'PL',
  id: 'R1',
  state: 'WAITING_ACCEPTANCE',
  open: true,
  openedAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
};
const incident: CaseSummary = { ...ret, key: 'incident:s1:O1/O1-1', kind: 'incident', id: 'O1/O1-1', state: 'INCIDENT_OPEN' };

describe('case action items', () => {
  it('builds each return action as the operation takes it', () => {
    expect(caseActionItem(ret, 'accept-return', {}).item.payload).toEqual({ action: 'accept', returns: [{ id: 'R1', accepted: true }] });
    expect(caseActionItem(ret, 'refuse-return', { reasonCode: 'RETURN_REJECTION_NOT_NEEDED' })).toEqual({
      item: {
        shopId: 's1',
        kind: 'return-action',
        payload: { action: 'accept', returns: [{ id: 'R1', accepted: false, rejection_reason_code: 'RETURN_REJECTION_NOT_NEEDED' }] },
      },
      detail: 'RETURN_REJECTION_NOT_NEEDED',
    });
    expect(caseActionItem(ret, 'receive-return', {}).item.payload).toEqual({ action: 'receive', returns: [{ id: 'R1' }] });
    expect(caseActionItem(ret, 'close-return', {}).item.payload).toEqual({ action: 'close', returns: [{ id: 'R1' }] });
    const compliance = caseActionItem(ret, 'record-compliance', {
      lines: [
        { orderLineId: 'L1', compliant: true, reasonCode: 'ignored' },
        { orderLineId: 'L2', compliant: false, reasonCode: 'RETURN_NON_COMPLIANT_DAMAGED_PRODUCT', info: ' cracked ' },
      ],
    });
    expect(compliance.item.payload).toEqual({
      action: 'compliance',
      returns: [
        {
          id: 'R1',
          return_lines: [
            { order_line_id: 'L1', compliant: true },
            {
              order_line_id: 'L2',
              compliant: false,
              non_compliance_reason_code: 'RETURN_NON_COMPLIANT_DAMAGED_PRODUCT',
              non_compliance_additional_info: 'cracked',
            },
          ],
        },
      ],
    });
  });

  it('builds an incident resolution with its RE12 reason', () => {
    expect(caseActionItem(incident, 'resolve-incident', { reasonCode: 'REFUNDED' }).item).toEqual({
      shopId: 's1',
      kind: 'incident-resolution',
      payload: { order_id: 'O1', order_line_id: 'O1-1', reason_code: 'REFUNDED' },
    });
  });

  it('refuses an action of the wrong kind of case', () => {
    expect(() => caseActionItem(incident, 'accept-return', {})).toThrow();
    expect(() => caseActionItem(ret, 'resolve-incident', { reasonCode: 'X' })).toThrow();
  });

  it('asks for the reasons the marketplace needs', () => {
    expect(choiceProblem('refuse-return', {})).toBe('reason-required');
    expect(choiceProblem('resolve-incident', { reasonCode: 'R' })).toBeNull();
    expect(choiceProblem('record-compliance', { lines: [{ orderLineId: 'L', compliant: false }] })).toBe('line-reason-required');
    expect(choiceProblem('accept-return', {})).toBeNull();
  });
});
