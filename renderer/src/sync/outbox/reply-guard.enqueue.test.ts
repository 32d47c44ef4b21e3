// The outbox's re-check before queueing: whoever enqueues a reply, the reply guard judges it first.
// The guard is swapped for a fake with its contract (the rules are tested in shared/reply-guard).
import { describe, expect, it } from 'vitest';
import type { GuardContext, GuardFinding } from '../../../../shared/reply-guard';
import { storedThread } from '../../../../test/support/stored-thread';
import { ConsoleDatabase } from '../../data/db';
import { storeDraft } from '../../data/drafts.queries';
import { enqueue, retryParked, transition } from './outbox.repository';
import { isReplyGuardError, standingFindings, type ReplyChecker } from './reply-guard.gate';
import { storeMessages } from '../../data/thread-messages.queries';

const at = new Date('2026-11-23T10:00:00Z');
let dbCount = 0;

const email: GuardFinding = { rule: 'email', severity: 'block', start: 17, end: 36, message: 'An e-mail address.' };
const language: GuardFinding = { rule: 'language', severity: 'warn', start: 0, end: 0, message: 'Not in Polish.' };
const question = (message: string): GuardFinding => ({ rule: 'unanswered', severity: 'warn', start: 0, end: 0, message });

/** A fake guard answering `findings` for every text, and recording what it was asked. */
function fakeChecker(findings: GuardFinding[]) {
  const calls: { text: string; context: GuardContext }[] = [];
  const checker: ReplyChecker = (text, context) => {
    calls.push({ text, context });
    return findings;
  };
  return { checker, calls };
}

async function setUp() {
  const db = new ConsoleDatabase(`guard-enqueue-${++dbCount}`);
  const thread = storedThread({ id: 't-1', market: 'PL', messages: ['Kiedy wyślecie? Czy jest faktura?'] });
  await db.threads.put(thread.thread);
  await storeMessages(db, thread.messages);
  await storeDraft(db, 'demo-2001', 't-1', 'Proszę pisać na sklep@elektro-dom.pl', at);
  return db;
}

const reply = (body: string) => ({
  shopId: 'demo-2001',
  kind: 'reply' as const,
  threadId: 't-1',
  payload: { body, to: [{ type: 'CUSTOMER' }] },
});

describe('enqueue re-checks a reply with the reply guard', () => {
  it("checks the reply in its thread's context from the cache", async () => {
    const db = await setUp();
    await enqueue(db, { ...reply('Poprzednia odpowiedź.'), threadId: 't-0' }, 'earlier', at, { checker: fakeChecker([]).checker });
    const fake = fakeChecker([]);
    await enqueue(db, reply('Wyślemy jutro, faktura jest w paczce.'), 'r1', at, { checker: fake.checker });
    expect(fake.calls).toEqual([
      {
        text: 'Wyślemy jutro, faktura jest w paczce.',
        context: { market: 'PL', buyerMessage: 'Kiedy wyślecie? Czy jest faktura?', previousReplies: ['Poprzednia odpowiedź.'] },
      },
    ]);
    expect(await db.outbox.where('id').equals('r1').count()).toBe(1);
    db.close();
  });

  it('refuses a reply with a blocking finding: a typed error, nothing stored, the draft kept', async () => {
    const db = await setUp();
    const refused = await enqueue(db, reply('Proszę pisać na sklep@elektro-dom.pl'), 'r1', at, {
      checker: fakeChecker([email]).checker,
    }).catch((error: unknown) => error);
    expect(isReplyGuardError(refused)).toBe(true);
    expect(isReplyGuardError(refused) && refused.blocked).toBe(true);
    expect(isReplyGuardError(refused) && refused.findings).toEqual([email]);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.drafts.get(['demo-2001', 't-1']))?.body).toBe('Proszę pisać na sklep@elektro-dom.pl');
    db.close();
  });

  it('refuses a blocking finding even with an override that names its rule', async () => {
    const db = await setUp();
    const override = { rules: ['email' as const], reason: 'The buyer asked for it.', questions: [] };
    await expect(
      enqueue(db, { ...reply('x@y.pl'), guardOverride: override }, 'r2', at, { checker: fakeChecker([email]).checker }),
    ).rejects.toSatisfy(isReplyGuardError);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('refuses a warning without a recorded override, and queues it with one, keeping the reason on the item', async () => {
    const db = await setUp();
    const { checker } = fakeChecker([language]);
    await expect(enqueue(db, reply('Hello, we ship tomorrow.'), 'r1', at, { checker })).rejects.toSatisfy(
      (e: unknown) => isReplyGuardError(e) && !e.blocked && e.findings[0]?.rule === 'language',
    );
    await expect(
      enqueue(db, { ...reply('Hello, we ship tomorrow.'), guardOverride: { rules: ['language'], reason: '  ', questions: [] } }, 'r2', at, {
        checker,
      }),
    ).rejects.toSatisfy(isReplyGuardError);
    expect(await db.outbox.count()).toBe(0);

    const override = { rules: ['language' as const, 'marketing' as const], reason: ' The buyer wrote in English. ', questions: [] };
    await enqueue(db, { ...reply('Hello, we ship tomorrow.'), guardOverride: override }, 'r3', at, { checker });
    const stored = await db.outbox.where('id').equals('r3').first();
    // Kept for the audit: trimmed to the warnings actually raised.
    expect(stored?.guardOverride).toEqual({ rules: ['language'], reason: 'The buyer wrote in English.', questions: [] });
    expect(await db.drafts.get(['demo-2001', 't-1'])).toBeUndefined();
    db.close();
  });

  it('takes every unanswered question ticked off as the override for those, and not one less', async () => {
    const db = await setUp();
    const { checker } = fakeChecker([question('Kiedy wyślecie?'), question('Czy jest faktura?')]);
    const oneTicked = {
      rules: ['unanswered' as const],
      reason: '',
      questions: [{ question: 'Kiedy wyślecie?', tick: 'answered-elsewhere' as const }],
    };
    await expect(enqueue(db, { ...reply('Dziękujemy.'), guardOverride: oneTicked }, 'r1', at, { checker })).rejects.toSatisfy(
      (e: unknown) => isReplyGuardError(e) && e.findings.map((f) => f.message).join() === 'Czy jest faktura?',
    );
    const bothTicked = {
      ...oneTicked,
      questions: [...oneTicked.questions, { question: 'Czy jest faktura?', tick: 'not-needed' as const }],
    };
    await enqueue(db, { ...reply('Dziękujemy.'), guardOverride: bothTicked }, 'r2', at, { checker });
    expect((await db.outbox.where('id').equals('r2').first())?.guardOverride).toEqual(bothTicked);
    db.close();
  });

  it('stores a clean reply without an override, and does not check other kinds', async () => {
    const db = await setUp();
    const fake = fakeChecker([]);
    await enqueue(db, { ...reply('Wyślemy jutro.'), guardOverride: { rules: ['language'], reason: 'unused', questions: [] } }, 'r1', at, {
      checker: fake.checker,
    });
    expect((await db.outbox.where('id').equals('r1').first())?.guardOverride).toBeUndefined();
    const blocking = fakeChecker([email]);
    await enqueue(db, { shopId: 'demo-2001', kind: 'status-update', payload: {} as never }, 's1', at, { checker: blocking.checker });
    expect(blocking.calls).toEqual([]);
    db.close();
  });
});

describe('retryParked re-checks an edited reply', () => {
  it('refuses an edit the guard blocks, leaving the item parked as it was; an override recorded at the first send still counts', async () => {
    const db = await setUp();
    const override = { rules: ['language' as const], reason: 'The buyer wrote in English.', questions: [] };
    await enqueue(db, { ...reply('Hello, we ship tomorrow.'), guardOverride: override }, 'r1', at, {
      checker: fakeChecker([language]).checker,
    });
    await transition(db, 'r1', 'queued', () => ({ state: 'parked', lastError: { code: 'HTTP_400', message: 'Refused.' } }));
    const edited = { kind: 'reply' as const, payload: { body: 'Write to x@y.pl', to: [{ type: 'CUSTOMER' as const }] } };

    await expect(retryParked(db, 'r1', edited, { checker: fakeChecker([email]).checker })).rejects.toSatisfy(isReplyGuardError);
    const still = await db.outbox.where('id').equals('r1').first();
    expect(still?.state).toBe('parked');
    expect(still?.kind === 'reply' && still.payload.body).toBe('Hello, we ship tomorrow.');

    const fixed = { kind: 'reply' as const, payload: { body: 'Hello, we ship on Monday.', to: [{ type: 'CUSTOMER' as const }] } };
    expect(await retryParked(db, 'r1', fixed, { checker: fakeChecker([language]).checker })).toBe(true);
    expect((await db.outbox.where('id').equals('r1').first())?.state).toBe('queued');
    db.close();
  });
});

describe('retryParked with a reason given for the edited text', () => {
  it('lets an edit with new warnings go only with a reason, keeps that reason on the item, and never overrides a block', async () => {
    const db = await setUp();
    await enqueue(db, reply('Wyślemy jutro.'), 'r1', at, { checker: fakeChecker([]).checker });
    await transition(db, 'r1', 'queued', () => ({ state: 'parked', lastError: { code: 'HTTP_400', message: 'Refused.' } }));
    const edited = { kind: 'reply' as const, payload: { body: 'Hello, we ship on Monday.', to: [{ type: 'CUSTOMER' as const }] } };
    const warns = fakeChecker([language]).checker;

    await expect(retryParked(db, 'r1', edited, { checker: warns })).rejects.toSatisfy(isReplyGuardError);
    expect((await db.outbox.where('id').equals('r1').first())?.state).toBe('parked');

    const reasoned = { rules: ['language' as const], reason: 'The buyer wrote in English.', questions: [] };
    await expect(retryParked(db, 'r1', edited, { checker: fakeChecker([email, language]).checker, override: reasoned })).rejects.toSatisfy(
      (e: unknown) => isReplyGuardError(e) && e.blocked,
    );
    expect(await retryParked(db, 'r1', edited, { checker: warns, override: reasoned })).toBe(true);
    const retried = await db.outbox.where('id').equals('r1').first();
    expect(retried?.state).toBe('queued');
    expect(retried?.kind === 'reply' && retried.guardOverride).toEqual(reasoned);
    db.close();
  });
});

describe('retryParked keeps the recorded override when a reason is given for the edit', () => {
  it('lets an edit go whose earlier warning the first send covered and whose new one the seller reasons', async () => {
    const db = await setUp();
    const asked = question('Czy jest faktura?');
    const ticked = { rules: [], reason: '', questions: [{ question: asked.message, tick: 'answered-elsewhere' as const }] };
    await enqueue(db, { ...reply('Wyślemy jutro.'), guardOverride: ticked }, 'r1', at, { checker: fakeChecker([asked]).checker });
    await transition(db, 'r1', 'queued', () => ({ state: 'parked', lastError: { code: 'HTTP_400', message: 'Refused.' } }));
    const edited = { kind: 'reply' as const, payload: { body: 'Hello, we ship on Monday.', to: [{ type: 'CUSTOMER' as const }] } };
    const both = fakeChecker([language, asked]).checker;

    // The ticked question still counts: only the new language warning stands.
    await expect(retryParked(db, 'r1', edited, { checker: both })).rejects.toSatisfy(
      (e: unknown) => isReplyGuardError(e) && e.findings.map((f) => f.rule).join() === 'language',
    );
    // A reason for that warning adds to the recorded override instead of replacing it.
    const reasoned = { rules: ['language' as const], reason: 'The buyer wrote in English.', questions: [] };
    expect(await retryParked(db, 'r1', edited, { checker: both, override: reasoned })).toBe(true);
    const retried = await db.outbox.where('id').equals('r1').first();
    expect(retried?.kind === 'reply' && retried.guardOverride).toEqual({
      rules: ['language'],
      reason: 'The buyer wrote in English.',
      questions: ticked.questions,
    });
    db.close();
  });
});

describe('standingFindings', () => {
  it('lets no override cover a blocking finding, and a reasoned one cover its warnings only', () => {
    const marketing: GuardFinding = { rule: 'marketing', severity: 'warn', start: 3, end: 9, message: 'A discount.' };
    const override = { rules: ['language' as const], reason: 'Buyer wrote in English', questions: [] };
    expect(standingFindings([email, language, marketing], override)).toEqual([email, marketing]);
    expect(standingFindings([email, language, marketing], undefined)).toEqual([email, language, marketing]);
    expect(standingFindings([language], { ...override, reason: '' })).toEqual([language]);
  });
});
