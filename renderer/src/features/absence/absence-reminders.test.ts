import { describe, expect, it } from 'vitest';
import type { AbsenceEntry, AbsenceShopState } from '../../data/absences.queries';
import { absenceReminders, absencesNow } from './absence-reminders';

const shop = (shopId: string, market: string, fileBy: string | null) => ({
  shopId,
  market,
  workingDays: 10,
  noticeRequired: fileBy !== null,
  fileBy,
});

function entry(id: string, states: AbsenceShopState[], extra: { droppedAt?: string; standIn?: string } = {}): AbsenceEntry {
  // Absence 21 Dec 2026 - 8 Jan 2027: file by Monday 7 Dec in every market.
  const shops = states.map((state, i) => ({ shop: shop(`s${i}`, i === 0 ? 'PL' : 'PT', '2026-12-07'), state }));
  return {
    absence: {
      id,
      firstDay: '2026-12-21',
      lastDay: '2027-01-08',
      standIn: extra.standIn ?? '',
      note: '',
      shops: shops.map((s) => s.shop),
      createdAt: 'x',
      ...extra,
    },
    shops,
  };
}

describe('absenceReminders', () => {
  it('reminds of the shops still to file within 3 working days of the file-by date, until filed or dropped', () => {
    const entries = [entry('a', ['planned', 'waiting']), entry('b', ['planned'], { droppedAt: 'x' }), entry('c', ['sent', 'refused-late'])];
    expect(absenceReminders(entries, Date.parse('2026-12-01T10:00:00Z'))).toEqual([]);
    expect(absenceReminders(entries, Date.parse('2026-12-02T10:00:00Z'))).toEqual([
      { absenceId: 'a', firstDay: '2026-12-21', lastDay: '2027-01-08', fileBy: '2026-12-07', shopIds: ['s0'] },
    ]);
    expect(absenceReminders(entries, Date.parse('2026-12-08T10:00:00Z'))).toEqual([]);
  });
});

describe('absencesNow', () => {
  it('lists the shops away today with the stand-in, from the first to the last day, and not dropped ones', () => {
    const entries = [entry('a', ['sent', 'sent'], { standIn: 'Jan' }), entry('b', ['planned'], { droppedAt: 'x' })];
    expect(absencesNow(entries, Date.parse('2026-12-20T12:00:00Z'))).toEqual([]);
    expect(absencesNow(entries, Date.parse('2026-12-21T12:00:00Z'))).toEqual([
      { absenceId: 'a', lastDay: '2027-01-08', standIn: 'Jan', shopIds: ['s0', 's1'] },
    ]);
    // 8 Jan 23:30 UTC: already 9 January in Warsaw, still 8 January in Lisbon.
    expect(absencesNow(entries, Date.parse('2027-01-08T23:30:00Z'))[0]?.shopIds).toEqual(['s1']);
  });
});
