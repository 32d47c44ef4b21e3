import { describe, expect, it } from 'vitest';
import { normaliseEmail, normalisePhone, validateRows, type RowFields } from './validate-rows';

const today = '2026-11-28';
const good: RowFields = {
  recordId: 'R1',
  phone: '501 234 567',
  email: 'a@example.com',
  receivedOn: '2026-11-20',
  reason: 'numer nie istnieje',
};
const row = (patch: Partial<RowFields>, n = 0): RowFields => ({
  ...good,
  recordId: `R${n}`,
  phone: `50123450${n}`,
  email: `r${n}@example.com`,
  ...patch,
});
const problemsOf = (patch: Partial<RowFields>) => validateRows([row(patch)], today)[0]?.problems;

describe('validateRows', () => {
  it('passes a row with an accepted reason, on time, no duplicate', () => {
    expect(validateRows([good], today)).toEqual([{ verdict: { verdict: 'accepted', category: 'non-existent-number' }, problems: [] }]);
  });

  it('passes a template code', () => {
    expect(problemsOf({ reason: 'WRONG_ADDRESS' })).toEqual([]);
  });

  it('flags a missing reason', () => {
    expect(problemsOf({ reason: '  ' })).toEqual([{ kind: 'reason-missing' }]);
  });

  it('flags not-accepted reasons with their category', () => {
    expect(problemsOf({ reason: 'poczta głosowa' })).toEqual([{ kind: 'reason-not-accepted', category: 'voicemail' }]);
    expect(problemsOf({ reason: 'nie odbiera' })).toEqual([{ kind: 'reason-not-accepted', category: 'not-answering' }]);
    expect(problemsOf({ reason: 'not interested' })).toEqual([{ kind: 'reason-not-accepted', category: 'not-interested' }]);
  });

  it('flags an unclear reason', () => {
    expect(problemsOf({ reason: 'bad lead' })).toEqual([{ kind: 'reason-unclear' }]);
  });

  it('flags a missing record id', () => {
    expect(problemsOf({ recordId: '' })).toEqual([{ kind: 'record-id-missing' }]);
  });

  it('flags a malformed receipt date', () => {
    expect(problemsOf({ receivedOn: '20.11.2026' })).toEqual([{ kind: 'received-on-malformed', value: '20.11.2026' }]);
    expect(problemsOf({ receivedOn: '2026-02-30' })).toEqual([{ kind: 'received-on-malformed', value: '2026-02-30' }]);
  });

  it('flags a row past its 30-day filing window, the 30th day still on time', () => {
    expect(problemsOf({ receivedOn: '2026-10-29' })).toEqual([]);
    expect(problemsOf({ receivedOn: '2026-10-28' })).toEqual([{ kind: 'filing-window-passed', fileBy: '2026-11-27' }]);
  });

  it('flags later rows with the same record id, phone or e-mail as duplicates of the first', () => {
    const checks = validateRows(
      [row({}, 1), row({ recordId: 'R1' }, 2), row({ phone: '+48 501-234-501' }, 3), row({ email: ' R1@Example.COM ' }, 4), row({}, 5)],
      today,
    );
    expect(checks.map((c) => c.problems)).toEqual([
      [],
      [{ kind: 'duplicate', by: 'record-id', firstRow: 0 }],
      [{ kind: 'duplicate', by: 'phone', firstRow: 0 }],
      [{ kind: 'duplicate', by: 'email', firstRow: 0 }],
      [],
    ]);
  });

  it('does not treat empty phones or e-mails as the same contact', () => {
    const checks = validateRows([row({ phone: '', email: '' }, 1), row({ phone: '', email: '' }, 2)], today);
    expect(checks.every((c) => c.problems.length === 0)).toBe(true);
  });

  it('throws for a malformed today', () => {
    expect(() => validateRows([good], '28.11.2026')).toThrow(/today/);
  });
});

describe('normalisePhone and normaliseEmail', () => {
  it('reads a Polish number the same with or without prefix, spaces or dashes', () => {
    expect(normalisePhone('501 234 567')).toBe('+48501234567');
    expect(normalisePhone('0048 501-234-567')).toBe('+48501234567');
    expect(normalisePhone('+48501234567')).toBe('+48501234567');
    expect(normalisePhone('(48) 501.234.567')).toBe('+48501234567');
    expect(normalisePhone('n/a')).toBe('');
  });

  it('reads other countries through libphonenumber, and keeps the digits of what it cannot read', () => {
    expect(normalisePhone('+371 2012 3456')).toBe('+37120123456');
    expect(normalisePhone('00351 912 345 678')).toBe('+351912345678');
    expect(normalisePhone('12')).toBe('12');
  });

  it('lower-cases and trims e-mails', () => {
    expect(normaliseEmail(' Jan.Kowalski@Example.PL ')).toBe('jan.kowalski@example.pl');
  });
});
