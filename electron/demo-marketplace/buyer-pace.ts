import { z } from 'zod';
import { stepCaseActivity } from './case-activity';
import { MiraklHttpError } from './http-types';
import type { MessageRecord, Party, ThreadRecord } from './model';
import { Rng } from './seed/prng';
import { renderTemplate } from './seed/text-bank';
import { MAX_MESSAGES_PER_THREAD, type MarketplaceState } from './state';

/**
 * `POST /__control/buyer-message`: a buyer message now. Tests may attach text files and rename
 * the buyer or retitle the thread with it, to show the console names it must display with care
 * (e.g. hidden direction characters in a file name).
 */
export const buyerMessageRequest = z.object({
  threadId: z.string(),
  body: z.string(),
  attachments: z
    .array(z.strictObject({ name: z.string().min(1).max(255), contentType: z.string().min(1), text: z.string().max(100_000) }))
    .max(10)
    .optional(),
  /** The buyer's display name from now on (the thread's participant and this message's author). */
  customerName: z.string().min(1).max(200).optional(),
  /** The thread's topic from now on, as free text. */
  topic: z.string().min(1).max(500).optional(),
});

/** What a buyer message may carry beyond its body (see buyerMessageRequest). */
export type BuyerMessageExtras = Omit<z.infer<typeof buyerMessageRequest>, 'threadId' | 'body'>;

/**
 * Appends a buyer message to a thread now, as if the buyer wrote it on the marketplace: to the shop
 * (and the operator once it took over), with `extras` applied first (a renamed buyer, a new topic,
 * text files). Throws 404 for a thread without a buyer (operator threads), 400 when the body is
 * shorter than 3 characters or the thread is full.
 */
export function appendBuyerMessage(
  state: MarketplaceState,
  thread: ThreadRecord,
  body: string,
  extras: BuyerMessageExtras = {},
): MessageRecord {
  if (!thread.customer) throw new MiraklHttpError(404, `Thread ${thread.id} has no buyer`);
  if (body.trim().length < 3) throw new MiraklHttpError(400, 'The message body must hold at least 3 characters');
  // Checked before anything changes, so a refused message renames and retitles nothing.
  if (thread.messages.length >= MAX_MESSAGES_PER_THREAD)
    throw new MiraklHttpError(400, `A thread cannot hold more than ${MAX_MESSAGES_PER_THREAD} messages`);
  if (extras.customerName !== undefined) thread.customer.name = extras.customerName;
  if (extras.topic !== undefined) thread.topic = { type: 'FREE_TEXT', value: extras.topic };
  const files = (extras.attachments ?? []).map((a) => ({
    name: a.name,
    contentType: a.contentType,
    bytes: new TextEncoder().encode(a.text),
  }));
  const to: Party[] = thread.takenOver ? ['SHOP', 'OPERATOR'] : ['SHOP'];
  return state.appendMessage(thread, { from: 'CUSTOMER', to, body, files }, thread.customer.name);
}

/**
 * Starts the "alive" demo: every `paceMs` a buyer writes a follow-up (in the shop's language,
 * sometimes with a phone number or a link) to a random buyer thread that still has room, and the
 * cases move (stepCaseActivity: now and then a new return or incident, or a buyer answering in a
 * case's thread; drawn from the state's own case draws, so the follow-ups stay as they were). The timer
 * is unref'd so it never keeps the process alive. Returns the function that stops it.
 */
export function startBuyerPace(state: MarketplaceState, paceMs: number, seed: number): () => void {
  const rng = new Rng(seed ^ 0xb0b0b0b0);
  const timer = setInterval(() => {
    const candidates = [...state.data.threads.values()].filter((t) => t.customer && t.messages.length < 1000);
    if (candidates.length === 0) return;
    const thread = rng.pick(candidates);
    const bank = state.data.shops.find((s) => s.id === thread.shopId)?.bank;
    if (!bank || !thread.customer) return;
    const female = thread.customer.female;
    let body = renderTemplate(rng.pick(bank.buyerFollowUps), {}, female);
    if (rng.chance(0.1)) body += ` ${renderTemplate(rng.pick(bank.contactLeaks), {}, female)}`;
    appendBuyerMessage(state, thread, body);
    stepCaseActivity(state, state.caseRng);
  }, paceMs);
  timer.unref();
  return () => clearInterval(timer);
}
