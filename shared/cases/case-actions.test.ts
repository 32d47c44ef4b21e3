import { describe, expect, it } from 'vitest';
import { returnStates } from '../mirakl/returns.schema';
import {
  allowedIncidentActions,
  allowedReturnActions,
  caseActionIds,
  caseActions,
  isReturnOpen,
  projectIncident,
  projectReturn,
  type ActionReturnLine,
  type CaseActionId,
} from './case-actions';

const undecided: ActionReturnLine[] = [{ orderLineId: 'L1' }, { orderLineId: 'L2' }];
const decided: [ActionReturnLine, ActionReturnLine] = [
  { orderLineId: 'L1', compliant: true },
  { orderLineId: 'L2', compliant: false },
];

/** Every return state × every action: the one table the console offers from. */
const expectedReturn: Record<string, CaseActionId[]> = {
  WAITING_ACCEPTANCE: ['accept-return', 'refuse-return'],
  IN_PROGRESS: ['receive-return'],
  REFUSED: [],
  RECEIVED: ['record-compliance'],
  NO_RECEPTION: [],
  CLOSED: [],
  CANCELED: [],
};

describe('allowed return actions', () => {
  it.each(returnStates.flatMap((state) => caseActionIds.map((action) => [state, action] as const)))(
    '%s allows %s only where Mirakl does',
    (state, action) => {
      const allowed = allowedReturnActions({ state, lines: undecided }).includes(action);
      expect(allowed).toBe((expectedReturn[state] ?? []).includes(action));
    },
  );

  it('closes a received return only once every line has a compliance decision', () => {
    expect(allowedReturnActions({ state: 'RECEIVED', lines: decided })).toEqual(['close-return']);
    expect(allowedReturnActions({ state: 'RECEIVED', lines: [decided[0], { orderLineId: 'L2' }] })).toEqual(['record-compliance']);
    expect(allowedReturnActions({ state: 'RECEIVED', lines: [] })).toEqual(['record-compliance']);
  });

  it('allows nothing in a state Mirakl adds later', () => {
    expect(allowedReturnActions({ state: 'SOMETHING_NEW', lines: decided })).toEqual([]);
  });

  it('never offers an incident action on a return', () => {
    for (const state of returnStates) expect(allowedReturnActions({ state, lines: decided })).not.toContain('resolve-incident');
  });
});

describe('allowed incident actions', () => {
  const lineStates = ['INCIDENT_OPEN', 'SHIPPED', 'RECEIVED', 'CLOSED', 'REFUNDED', 'CANCELED', 'SHIPPING'];
  it.each(lineStates.flatMap((state) => caseActionIds.map((action) => [state, action] as const)))('%s allows %s?', (state, action) => {
    expect(allowedIncidentActions(state).includes(action)).toBe(state === 'INCIDENT_OPEN' && action === 'resolve-incident');
  });
});

describe('the action table', () => {
  it('names the operation, the input and what each action does', () => {
    expect(caseActions['refuse-return']).toMatchObject({ operation: 'RT21', input: 'rejection-reason', leadsTo: 'REFUSED' });
    expect(caseActions['resolve-incident']).toMatchObject({ operation: 'OR64', input: 'incident-close-reason' });
    expect(caseActions['record-compliance'].operation).toBe('RT26');
    for (const id of caseActionIds) expect(caseActions[id].effect.length).toBeGreaterThan(20);
  });
});

describe('projecting pending actions', () => {
  it('applies accept, receive, compliance and close in order, so each next step is offered', () => {
    const start = { state: 'WAITING_ACCEPTANCE', lines: [{ orderLineId: 'L1' }] };
    const accepted = projectReturn(start, [{ id: 'accept-return' }]);
    expect(allowedReturnActions(accepted)).toEqual(['receive-return']);
    const received = projectReturn(start, [{ id: 'accept-return' }, { id: 'receive-return' }]);
    expect(allowedReturnActions(received)).toEqual(['record-compliance']);
    const checked = projectReturn(start, [
      { id: 'accept-return' },
      { id: 'receive-return' },
      { id: 'record-compliance', compliance: [{ orderLineId: 'L1', compliant: true }] },
    ]);
    expect(allowedReturnActions(checked)).toEqual(['close-return']);
    const closed = projectReturn(start, [
      { id: 'accept-return' },
      { id: 'receive-return' },
      { id: 'record-compliance', compliance: [{ orderLineId: 'L1', compliant: true }] },
      { id: 'close-return' },
    ]);
    expect(closed.state).toBe('CLOSED');
    expect(allowedReturnActions(closed)).toEqual([]);
  });

  it('skips actions the synced state already shows applied', () => {
    const synced = { state: 'RECEIVED', lines: [{ orderLineId: 'L1' }] };
    expect(projectReturn(synced, [{ id: 'accept-return' }, { id: 'receive-return' }])).toEqual(synced);
  });

  it('does not change the cached record', () => {
    const lines = [{ orderLineId: 'L1' }];
    projectReturn({ state: 'RECEIVED', lines }, [{ id: 'record-compliance', compliance: [{ orderLineId: 'L1', compliant: true }] }]);
    expect(lines[0]).toEqual({ orderLineId: 'L1' });
  });

  it('takes a pending resolution as resolved, nothing else', () => {
    expect(projectIncident('INCIDENT_OPEN', [{ id: 'resolve-incident' }])).toBe('RESOLVED');
    expect(projectIncident('INCIDENT_OPEN', [])).toBe('INCIDENT_OPEN');
    expect(projectIncident('SHIPPED', [{ id: 'resolve-incident' }])).toBe('SHIPPED');
  });
});

describe('open returns', () => {
  it('counts finished only closed, cancelled and refused returns', () => {
    expect(returnStates.filter((s) => isReturnOpen(s))).toEqual(['WAITING_ACCEPTANCE', 'IN_PROGRESS', 'RECEIVED', 'NO_RECEPTION']);
  });
});
