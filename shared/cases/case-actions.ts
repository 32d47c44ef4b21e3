// The actions a seller may take on a case, by the state the marketplace gives it: the state machine of
// Mirakl's returns (RT21 accept or refuse, RT25 receive, RT26 compliance, RT27 close) and of order-line
// incidents (OR64 resolve). Pure: the console offers exactly what this allows, the demo marketplace and
// Mirakl refuse the rest (the refusal is parked with the marketplace's reason).

/** What a seller can do to a case through the marketplace. */
export type CaseActionId = 'accept-return' | 'refuse-return' | 'receive-return' | 'record-compliance' | 'close-return' | 'resolve-incident';

/** Every case action, in the order a case normally meets them. */
export const caseActionIds: readonly CaseActionId[] = [
  'accept-return',
  'refuse-return',
  'receive-return',
  'record-compliance',
  'close-return',
  'resolve-incident',
];

/** What the seller must choose before an action can be sent. */
export type ActionInput = 'none' | 'rejection-reason' | 'line-compliance' | 'incident-close-reason';

/** One action: the operation that carries it, what must be chosen, and what it does. */
export interface CaseActionSpec {
  id: CaseActionId;
  operation: 'RT21' | 'RT25' | 'RT26' | 'RT27' | 'OR64';
  input: ActionInput;
  /** The state the case is in once the marketplace applied it ('unchanged' for RT26, which records lines only). */
  leadsTo: string;
  /** What it will do, in plain words (the UI says the same in the seller's language). */
  effect: string;
}

/** The action table: one entry per action, kept beside the rules that offer them. */
export const caseActions: Readonly<Record<CaseActionId, CaseActionSpec>> = {
  'accept-return': {
    id: 'accept-return',
    operation: 'RT21',
    input: 'none',
    leadsTo: 'IN_PROGRESS',
    effect: 'Accepts the return: the buyer may send the items back (RT21, accepted).',
  },
  'refuse-return': {
    id: 'refuse-return',
    operation: 'RT21',
    input: 'rejection-reason',
    leadsTo: 'REFUSED',
    effect: 'Refuses the return with a reason the buyer and the platform see; the return ends (RT21, refused).',
  },
  'receive-return': {
    id: 'receive-return',
    operation: 'RT25',
    input: 'none',
    leadsTo: 'RECEIVED',
    effect: 'Confirms the returned items arrived at the shop (RT25).',
  },
  'record-compliance': {
    id: 'record-compliance',
    operation: 'RT26',
    input: 'line-compliance',
    leadsTo: 'RECEIVED',
    effect: 'Records for each returned line whether it came back as expected, with a reason when not (RT26).',
  },
  'close-return': {
    id: 'close-return',
    operation: 'RT27',
    input: 'none',
    leadsTo: 'CLOSED',
    effect: 'Closes the return once every line has a compliance decision; nothing more can be done on it (RT27).',
  },
  'resolve-incident': {
    id: 'resolve-incident',
    operation: 'OR64',
    input: 'incident-close-reason',
    leadsTo: 'RESOLVED',
    effect: 'Resolves the incident on the order line with a closing reason (RE12); the line goes back to its state (OR64).',
  },
};

/** A return line as the rules need it: whether RT26 has recorded its compliance. */
export interface ActionReturnLine {
  orderLineId: string;
  compliant?: boolean;
}

/** A return as the rules need it. */
export interface ActionReturn {
  state: string;
  lines: readonly ActionReturnLine[];
}

/**
 * The actions Mirakl allows on a return in its state: WAITING_ACCEPTANCE may be accepted or refused
 * (RT21); IN_PROGRESS may be marked received (RT25); RECEIVED takes line compliance (RT26) while a line
 * has none, and may be closed (RT27) once every line has one. REFUSED, NO_RECEPTION, CLOSED, CANCELED
 * and any state Mirakl adds later allow nothing.
 */
export function allowedReturnActions(ret: ActionReturn): CaseActionId[] {
  switch (ret.state) {
    case 'WAITING_ACCEPTANCE':
      return ['accept-return', 'refuse-return'];
    case 'IN_PROGRESS':
      return ['receive-return'];
    case 'RECEIVED': {
      const complete = ret.lines.length > 0 && ret.lines.every((l) => l.compliant !== undefined);
      return complete ? ['close-return'] : ['record-compliance'];
    }
    default:
      return [];
  }
}

/** The actions allowed on an order line's incident: only an INCIDENT_OPEN line can be resolved (OR64). */
export function allowedIncidentActions(state: string): CaseActionId[] {
  return state === 'INCIDENT_OPEN' ? ['resolve-incident'] : [];
}

/** An action already written to the outbox (not refused), with the line decisions of an RT26. */
export interface PendingAction {
  id: CaseActionId;
  compliance?: readonly { orderLineId: string; compliant: boolean }[];
}

/**
 * Where a return will be once the actions already in the outbox (queued, on their way, or sent but not
 * yet synced back) are applied, oldest first: an action the state no longer allows was already applied
 * in what the cache holds and is skipped. So a seller can accept, receive, check and close a return in
 * one sitting, offline too, and is never offered an action twice. Refused (parked) actions must not be passed.
 */
export function projectReturn(ret: ActionReturn, pending: readonly PendingAction[]): ActionReturn {
  let current: ActionReturn = { state: ret.state, lines: ret.lines.map((l) => ({ ...l })) };
  for (const action of pending) {
    if (!allowedReturnActions(current).includes(action.id)) continue;
    if (action.id === 'record-compliance') {
      const decided = new Map((action.compliance ?? []).map((c) => [c.orderLineId, c.compliant]));
      current = {
        state: current.state,
        lines: current.lines.map((l) => (decided.has(l.orderLineId) ? { ...l, compliant: decided.get(l.orderLineId) } : l)),
      };
    } else current = { ...current, state: caseActions[action.id].leadsTo };
  }
  return current;
}

/** An incident's state once pending actions apply: a resolution waiting or sent makes it 'RESOLVED'. */
export function projectIncident(state: string, pending: readonly PendingAction[]): string {
  return state === 'INCIDENT_OPEN' && pending.some((a) => a.id === 'resolve-incident') ? 'RESOLVED' : state;
}

/** Return states after which the return needs nothing more from anyone (as the inbox counts them). */
export const finishedReturnStates: readonly string[] = ['CLOSED', 'CANCELED', 'REFUSED'];

/** Whether a return still needs the seller (or the buyer): any state but a finished one. */
export function isReturnOpen(state: string): boolean {
  return !finishedReturnStates.includes(state);
}
