import { describe, expect, it } from 'vitest';
import { complaintTemplate, decisionTemplate, matchHeaders, parseDecision } from './template';

const english = complaintTemplate.map((c) => c.header);

describe('matchHeaders', () => {
  it('accepts the template in English and maps every field to the file header', () => {
    const match = matchHeaders(english, complaintTemplate);
    expect(match).toEqual({ ok: true, columnOf: expect.objectContaining({ recordId: 'Record ID', reason: 'Reason', comment: 'Comment' }) });
  });

  it('accepts the Polish headers, any case and accents, without the optional comment column', () => {
    const polish = ['id rekordu', 'Imie i nazwisko', 'TELEFON', 'E-mail', 'Adres', 'Firma', 'Data otrzymania', 'Przyczyna reklamacji'];
    const match = matchHeaders(polish, complaintTemplate);
    expect(match.ok).toBe(true);
    if (match.ok) expect(match.columnOf.receivedOn).toBe('Data otrzymania');
    if (match.ok) expect(match.columnOf.comment).toBeUndefined();
  });

  it('names the missing and the unexpected columns of a file that is not the template', () => {
    const match = matchHeaders(['Record ID', 'Phone', 'E-mail', 'Order number', 'Reason'], complaintTemplate);
    expect(match).toEqual({
      ok: false,
      missing: ['Contact name', 'Address', 'Company', 'Received on (YYYY-MM-DD)'],
      unexpected: ['Order number'],
      duplicated: [],
    });
  });

  it('refuses a column given twice and ignores blank trailing headers', () => {
    const match = matchHeaders([...english, 'Telefon', '', ' '], complaintTemplate);
    expect(match).toEqual({ ok: false, missing: [], unexpected: [], duplicated: ['Telefon'] });
    expect(matchHeaders([...english, ''], complaintTemplate).ok).toBe(true);
  });

  it('matches the decision file, English or Polish', () => {
    expect(matchHeaders(['ID rekordu', 'Decyzja'], decisionTemplate).ok).toBe(true);
    expect(matchHeaders(['Record ID'], decisionTemplate)).toMatchObject({ ok: false, missing: ['Decision'] });
  });
});

describe('parseDecision', () => {
  it.each([
    ['REFUNDED', 'refunded'],
    ['Refunded in points', 'refunded'],
    ['zwrot punktów', 'refunded'],
    ['REPLACED', 'replaced'],
    ['Wymiana 1:1', 'replaced'],
    ['REFUSED', 'refused'],
    ['Odrzucona', 'refused'],
    ['nie uznana', 'refused'],
  ] as const)('reads %s as %s', (text, decision) => {
    expect(parseDecision(text)).toBe(decision);
  });

  it('answers undefined for no decision or two', () => {
    expect(parseDecision('')).toBeUndefined();
    expect(parseDecision('maybe later')).toBeUndefined();
    expect(parseDecision('replaced or refused')).toBeUndefined();
  });
});
