import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStorageFull } from './storage-errors';

describe('isStorageFull', () => {
  it('recognises a quota error, also wrapped by Dexie or carried as a cause', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isStorageFull(new Error('write failed', { cause: quota }))).toBe(true);
  });
  it('does not take other failures for a full storage', () => {
    expect(isStorageFull(new DOMException('Key already exists', 'ConstraintError'))).toBe(false);
    expect(isStorageFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });
});
