import { describe, expect, it } from 'vitest';
import type { CaseListItem } from '../../data/cases.queries';
import type { CaseSummary } from '../../data/records';
import { answerBy, answerDaysLeft, filterCases, noCaseFilters, shopCounts, sortCases } from './case-filters';

function item(fields: Partial<CaseSummary> & { id: string }, extra: Partial<CaseListItem> = {}): CaseListItem {
  const summary: CaseSummary = {
    key: `${fields.kind ?? 'return'}:${fields.shopId ?? 's1'}:${fields.id}`,
    kind: 'return',
    shopId: 's1',
    market: 'PL',
    state: 'WAITING_ACCEPTANCE',
    open: true,
    openedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    ...fields,
  };
  return { summary, shopLabel: summary.shopId === 's1' ? 'Sklep' : 'Veikals', allowed: [], pending: 0, ...extra };
}

const cases = [
  item({ id: 'R1', orderLabel: 'PL-100', buyer: 'Zofia Żak' }),
  item({ id: 'O1/L1', kind: 'incident', state: 'INCIDENT_OPEN', reasonCode: 'WARRANTY' }, { reasonLabel: 'Reklamacja gwarancyjna' }),
  item({ id: 'R2', open: false, state: 'CLOSED', updatedAt: '2026-11-25T10:00:00Z' }),
  item({ id: 'T1', kind: 'complaint-thread', shopId: 's2', market: 'LV', openedAt: '2026-11-10T10:00:00Z', state: 'open' }),
  item({ id: 'P1', kind: 'phone-complaint', promisedAnswerBy: '2026-11-22', responsible: 'Ana' }),
];

describe('case filters', () => {
  it('keeps open cases by default, closed or all on request', () => {
    expect(filterCases(cases, noCaseFilters, '').map((c) => c.summary.id)).toEqual(['R1', 'O1/L1', 'T1', 'P1']);
    expect(filterCases(cases, { ...noCaseFilters, status: 'closed' }, '').map((c) => c.summary.id)).toEqual(['R2']);
    expect(filterCases(cases, { ...noCaseFilters, status: 'all' }, '')).toHaveLength(5);
  });

  it('widens within a kind of filter and narrows across kinds', () => {
    const f = { kinds: ['incident' as const, 'complaint-thread' as const], shops: ['s2'], status: 'open' as const, assignment: [] };
    expect(filterCases(cases, f, '').map((c) => c.summary.id)).toEqual(['T1']);
  });

  it('keeps the cases assigned to the open profile, or those assigned to nobody, by their case subjects', () => {
    const assignments = {
      me: 'p-me',
      bySubject: new Map([
        ['case:return:s1:R1', 'p-me'],
        ['case:incident:s1:O1/L1', 'p-other'],
        // A thread's assignment is not its complaint case's.
        ['s2/T1', 'p-me'],
      ]),
    };
    const pick = (assignment: ('assigned-to-me' | 'unassigned')[]) =>
      filterCases(cases, { ...noCaseFilters, assignment }, '', assignments).map((c) => c.summary.id);
    expect(pick(['assigned-to-me'])).toEqual(['R1']);
    expect(pick(['unassigned'])).toEqual(['T1', 'P1']);
    expect(pick(['assigned-to-me', 'unassigned'])).toEqual(['R1', 'T1', 'P1']);
    expect(pick([])).toEqual(['R1', 'O1/L1', 'T1', 'P1']);
    // Outside a workstation nothing is assigned.
    expect(filterCases(cases, { ...noCaseFilters, assignment: ['assigned-to-me'] }, '', null)).toEqual([]);
  });

  it('searches order, buyer (without accents), reason label and person responsible', () => {
    expect(filterCases(cases, noCaseFilters, 'pl-100').map((c) => c.summary.id)).toEqual(['R1']);
    expect(filterCases(cases, noCaseFilters, 'zofia zak').map((c) => c.summary.id)).toEqual(['R1']);
    expect(filterCases(cases, noCaseFilters, 'gwarancyjna').map((c) => c.summary.id)).toEqual(['O1/L1']);
    expect(filterCases(cases, noCaseFilters, 'ana').map((c) => c.summary.id)).toEqual(['P1']);
  });

  it('answers by the promised date for a phone complaint, else by the statutory window; nothing for a closed case', () => {
    expect(answerBy(cases[4] as CaseListItem)).toBe('2026-11-22');
    expect(answerBy(cases[0] as CaseListItem)).toBe('2026-12-04');
    expect(answerBy(cases[2] as CaseListItem)).toBeUndefined();
    expect(answerDaysLeft(cases[4] as CaseListItem, Date.parse('2026-11-20T12:00:00Z'))).toBe(2);
  });

  it('sorts by the nearest deadline, cases without one last', () => {
    expect(sortCases(cases, 'deadline').map((c) => c.summary.id)).toEqual(['P1', 'T1', 'R1', 'O1/L1', 'R2']);
    expect(sortCases(cases, 'updated')[0]?.summary.id).toBe('R2');
    expect(sortCases(cases, 'shop').map((c) => c.shopLabel)).toEqual(['Sklep', 'Sklep', 'Sklep', 'Sklep', 'Veikals']);
  });

  it('counts the open cases of every shop by kind', () => {
    expect(
      shopCounts(cases, [
        { id: 's1', label: 'Sklep' },
        { id: 's2', label: 'Veikals' },
        { id: 's3', label: 'Loja' },
      ]),
    ).toEqual([
      { shopId: 's1', shopLabel: 'Sklep', incident: 1, return: 1, 'complaint-thread': 0, 'phone-complaint': 1 },
      { shopId: 's2', shopLabel: 'Veikals', incident: 0, return: 0, 'complaint-thread': 1, 'phone-complaint': 0 },
      { shopId: 's3', shopLabel: 'Loja', incident: 0, return: 0, 'complaint-thread': 0, 'phone-complaint': 0 },
    ]);
  });
});
