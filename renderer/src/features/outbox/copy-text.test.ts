import { describe, expect, it } from 'vitest';
import { copyText } from './copy-text';

describe('copyText', () => {
  it('copies through the clipboard', async () => {
    const copied: string[] = [];
    expect(await copyText('Hvala!', { writeText: async (t) => void copied.push(t) })).toBe(true);
    expect(copied).toEqual(['Hvala!']);
  });

  it('answers false when the browser refuses or has no clipboard', async () => {
    expect(await copyText('x', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })).toBe(false);
    expect(await copyText('x', undefined)).toBe(false);
  });
});
