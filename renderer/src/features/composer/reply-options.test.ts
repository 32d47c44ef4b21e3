import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../ui/translate';
import { noReplyReason, recipientsFor, replyOptions } from './reply-options';

const en = translatorFor('en');

const buyerThread = {
  closed: 0 as const,
  atMessageLimit: 0 as const,
  takenOver: 0 as const,
  authorizedParticipants: [
    { type: 'SHOP', name: 'Shop' },
    { type: 'CUSTOMER', name: 'Anna' },
  ],
};

describe('replyOptions', () => {
  it('lets the seller write to the buyer, optionally also to the platform', () => {
    const options = replyOptions(buyerThread);
    expect(options).toEqual({ mode: 'customer' });
    expect(recipientsFor(options, false)).toEqual([{ type: 'CUSTOMER' }]);
    expect(recipientsFor(options, true)).toEqual([{ type: 'CUSTOMER' }, { type: 'OPERATOR' }]);
    expect(noReplyReason(options, en)).toBeNull();
  });

  it('sends only to the platform once it has taken the thread over', () => {
    const options = replyOptions({ ...buyerThread, takenOver: 1 });
    expect(options).toEqual({ mode: 'operator-only', why: 'takeover' });
    expect(recipientsFor(options, false)).toEqual([{ type: 'OPERATOR' }]);
  });

  it("sends only to the platform in a thread with the platform's support", () => {
    const options = replyOptions({
      ...buyerThread,
      authorizedParticipants: [
        { type: 'SHOP', name: 'Shop' },
        { type: 'OPERATOR', name: '' },
      ],
    });
    expect(options).toEqual({ mode: 'operator-only', why: 'operator-thread' });
  });

  it('treats a cache entry without participants as a buyer thread', () => {
    expect(replyOptions({ ...buyerThread, authorizedParticipants: [] })).toEqual({ mode: 'customer' });
  });

  it('allows no reply in a closed thread or one at the 1000-message limit, and says why', () => {
    const closed = replyOptions({ ...buyerThread, closed: 1, takenOver: 1 });
    expect(closed.mode).toBe('closed');
    expect(recipientsFor(closed, true)).toEqual([]);
    expect(noReplyReason(closed, en)).toMatch(/closed/);
    const full = replyOptions({ ...buyerThread, atMessageLimit: 1 });
    expect(full.mode).toBe('limit');
    expect(noReplyReason(full, en)).toMatch(/1000 messages/);
  });
});
