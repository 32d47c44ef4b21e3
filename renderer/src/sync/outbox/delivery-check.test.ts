import { describe, expect, it } from 'vitest';
import { clockSkewMs, findDeliveredCopy, normaliseBody, type ReadBackMessage } from './delivery-check';

const firstAttemptAt = '2026-11-23T10:00:00.000Z';
const msg = (id: string, fromType: string, body: string, dateCreated: string): ReadBackMessage => ({ id, fromType, body, dateCreated });

describe('findDeliveredCopy', () => {
  it('finds the shop message with the same body written after the first attempt', () => {
    const messages = [
      msg('m1', 'CUSTOMER', 'Dzień dobry', '2026-11-23T09:00:00Z'),
      msg('m2', 'SHOP', 'Wysłaliśmy paczkę.', '2026-11-23T10:00:03Z'),
    ];
    expect(findDeliveredCopy({ body: 'Wysłaliśmy paczkę.', firstAttemptAt }, messages, new Set())).toBe('m2');
  });

  it("recognises the shop's messages as Mirakl labels them (from.type SHOP_USER)", () => {
    const messages = [
      msg('m1', 'CUSTOMER_USER', 'Obrigado', '2026-11-23T10:00:01Z'),
      msg('m2', 'SHOP_USER', 'Obrigado', '2026-11-23T10:00:02Z'),
    ];
    expect(findDeliveredCopy({ body: 'Obrigado', firstAttemptAt }, messages, new Set())).toBe('m2');
    expect(
      findDeliveredCopy({ body: 'Obrigado', firstAttemptAt }, [msg('m3', 'OPERATOR_USER', 'Obrigado', '2026-11-23T10:00:02Z')], new Set()),
    ).toBeNull();
  });
  it('ignores the same text from the buyer or the operator', () => {
    const messages = [msg('m1', 'CUSTOMER', 'OK', '2026-11-23T10:00:05Z'), msg('m2', 'OPERATOR', 'OK', '2026-11-23T10:00:06Z')];
    expect(findDeliveredCopy({ body: 'OK', firstAttemptAt }, messages, new Set())).toBeNull();
  });

  it('ignores an identical shop message from before the attempt (an earlier, separate reply)', () => {
    const before = new Date(Date.parse(firstAttemptAt) - clockSkewMs - 1000).toISOString();
    expect(findDeliveredCopy({ body: 'Dziękujemy', firstAttemptAt }, [msg('m1', 'SHOP', 'Dziękujemy', before)], new Set())).toBeNull();
  });

  it('tolerates a marketplace clock slightly behind ours', () => {
    const slightlyBefore = new Date(Date.parse(firstAttemptAt) - clockSkewMs + 1000).toISOString();
    expect(findDeliveredCopy({ body: 'Paldies', firstAttemptAt }, [msg('m1', 'SHOP', 'Paldies', slightlyBefore)], new Set())).toBe('m1');
  });

  it('matches two identical replies to two different messages', () => {
    const messages = [msg('a', 'SHOP', 'Obrigado!', '2026-11-23T10:00:01Z'), msg('b', 'SHOP', 'Obrigado!', '2026-11-23T10:00:09Z')];
    const first = findDeliveredCopy({ body: 'Obrigado!', firstAttemptAt }, messages, new Set());
    expect(first).toBe('a');
    expect(findDeliveredCopy({ body: 'Obrigado!', firstAttemptAt }, messages, new Set(['a']))).toBe('b');
    expect(findDeliveredCopy({ body: 'Obrigado!', firstAttemptAt }, messages, new Set(['a', 'b']))).toBeNull();
  });

  it('compares bodies after line-ending, trailing-space and Unicode normalisation', () => {
    const decomposed = 'Hvala na strpljenju.\r\nLijep pozdrav  '.replace('ž', 'z\u030c');
    expect(normaliseBody(decomposed)).toBe('Hvala na strpljenju.\nLijep pozdrav');
    expect(normaliseBody('Z\u030cao nam je')).toBe('Žao nam je');
    expect(
      findDeliveredCopy(
        { body: 'Žao nam je\r\n', firstAttemptAt },
        [msg('m', 'SHOP', 'Z\u030cao nam je', '2026-11-23T10:01:00Z')],
        new Set(),
      ),
    ).toBe('m');
  });

  it('does not match a different body', () => {
    expect(
      findDeliveredCopy({ body: 'Paldies!', firstAttemptAt }, [msg('m', 'SHOP', 'Paldies', '2026-11-23T10:01:00Z')], new Set()),
    ).toBeNull();
  });
});
