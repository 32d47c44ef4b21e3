import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { listEnvelope, PayloadError, validatePage, validatePageInSlices } from './payload-validation';

const envelope = listEnvelope('data');
const item = z.object({ id: z.string() });
const where = { shopId: 'demo-2001', kind: 'thread', receivedAt: '2026-11-28T10:00:00Z' };

describe('validatePageInSlices', () => {
  it('answers what validatePage answers, pausing between slices of items', async () => {
    const payload = { data: [{ id: 'a' }, { id: 1 }, { id: 'c' }, { id: 'd' }, { nope: true }, { id: 'f' }, { id: 'g' }] };
    let pauses = 0;
    const sliced = await validatePageInSlices(
      payload,
      envelope,
      (p) => p.data,
      item,
      where,
      async () => {
        pauses += 1;
      },
      3,
    );
    expect(sliced).toEqual(validatePage(payload, envelope, (p) => p.data, item, where));
    expect(sliced.valid.map((v) => v.id)).toEqual(['a', 'c', 'd', 'f', 'g']);
    expect(sliced.quarantined).toHaveLength(2);
    // 7 items in slices of 3: a pause before the second and the third slice.
    expect(pauses).toBe(2);
  });

  it('throws PayloadError for a page whose envelope cannot be read', async () => {
    await expect(
      validatePageInSlices(
        { items: [] },
        envelope,
        (p) => p.data,
        item,
        where,
        async () => {},
      ),
    ).rejects.toBeInstanceOf(PayloadError);
  });
});
