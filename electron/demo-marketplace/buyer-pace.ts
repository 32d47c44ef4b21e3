import { MiraklHttpError } from './http-types';
import type { MessageRecord, Party, ThreadRecord } from './model';
import { Rng } from './seed/prng';
import { renderTemplate } from './seed/text-bank';
import type { MarketplaceState } from './state';

/**
 * Appends a buyer message to a thread now, as if the buyer wrote it on the marketplace: to the shop
 * (and the operator once it took over). Throws 404 for a thread without a buyer (operator threads),
 * 400 when the body is shorter than 3 characters or the thread is full.
 */
export function appendBuyerMessage(state: MarketplaceState, thread: ThreadRecord, body: string): MessageRecord {
  if (!thread.customer) throw new MiraklHttpError(404, `Thread ${thread.id} has no buyer`);
  if (body.trim().length < 3) throw new MiraklHttpError(400, 'The message body must hold at least 3 characters');
  const to: Party[] = thread.takenOver ? ['SHOP', 'OPERATOR'] : ['SHOP'];
  return state.appendMessage(thread, { from: 'CUSTOMER', to, body, files: [] }, thread.customer.name);
}

/**
 * Starts the "alive" demo: every `paceMs` a buyer writes a follow-up (in the shop's language,
 * sometimes with a phone number or a link) to a random buyer thread that still has room. The timer
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
  }, paceMs);
  timer.unref();
  return () => clearInterval(timer);
}
