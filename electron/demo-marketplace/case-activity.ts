import { z } from 'zod';
import { MiraklHttpError } from './http-types';
import { isoSeconds, type OrderJson, type OrderLineJson, type ReturnJson, type ShopRecord, type ThreadRecord } from './model';
import { buildReturn } from './seed/orders.seed';
import type { Rng } from './seed/prng';
import { renderTemplate } from './seed/text-bank';
import type { MarketplaceState } from './state';

/** `POST /__control/new-return` and `POST /__control/open-incident`: which shop and order (defaults: the first shop, its newest eligible order). */
export const caseActivityRequest = z.strictObject({
  shopId: z.number().int().optional(),
  orderId: z.string().min(1).optional(),
});

/** What a case-activity request names (see caseActivityRequest). */
export type CaseActivityTarget = z.infer<typeof caseActivityRequest>;

/** Order states in which the buyer has the goods (a return or an incident makes sense). */
const deliveredStates: ReadonlySet<string> = new Set(['SHIPPED', 'RECEIVED', 'CLOSED']);
/** Return states in which a return still runs (a second one on the same order would be refused). */
const runningReturnStates: ReadonlySet<string> = new Set(['WAITING_ACCEPTANCE', 'IN_PROGRESS', 'RECEIVED']);
/** The RE11 codes a buyer opens an incident with (all in every shop's text bank). */
const incidentReasons = ['WARRANTY', 'MISSING_ITEM', 'WRONG_ITEM_SENT', 'DAMAGED_ITEM'] as const;

function shopOf(state: MarketplaceState, target: CaseActivityTarget): ShopRecord {
  const shop = target.shopId === undefined ? state.data.shops[0] : state.shop(target.shopId);
  if (!shop) throw new MiraklHttpError(404, `Shop ${target.shopId ?? ''} not found`);
  return shop;
}

/** The named order, or the shop's newest one that `eligible` accepts; 404/400 when there is none. */
function orderFor(
  state: MarketplaceState,
  shop: ShopRecord,
  orderId: string | undefined,
  eligible: (o: OrderJson) => string | null,
): OrderJson {
  const orders = state.data.orders.get(shop.id) ?? [];
  if (orderId !== undefined) {
    const order = orders.find((o) => o.order_id === orderId);
    if (!order) throw new MiraklHttpError(404, `Order ${orderId} not found`);
    const why = eligible(order);
    if (why) throw new MiraklHttpError(400, why);
    return order;
  }
  for (let i = orders.length - 1; i >= 0; i--) if (eligible(orders[i]!) === null) return orders[i]!;
  throw new MiraklHttpError(400, `Shop ${shop.id} has no order for that`);
}

function returnable(state: MarketplaceState, shop: ShopRecord): (o: OrderJson) => string | null {
  const returns = state.data.returns.get(shop.id) ?? [];
  return (o) => {
    if (!deliveredStates.has(o.order_state as string)) return `Order ${o.order_id} is not delivered (${o.order_state as string})`;
    if (returns.some((r) => r.order_id === o.order_id && runningReturnStates.has(r.state)))
      return `Order ${o.order_id} already has a return in progress`;
    return null;
  };
}

/**
 * A buyer requests a return now (RT11 WAITING_ACCEPTANCE, `date_created` = `last_updated` = now) on
 * a delivered order of the shop without a return in progress. Throws 404 for an unknown shop or
 * order, 400 when the order cannot be returned (not delivered, a return already running).
 */
export function requestReturn(state: MarketplaceState, target: CaseActivityTarget, rng: Rng): ReturnJson {
  const shop = shopOf(state, target);
  const order = orderFor(state, shop, target.orderId, returnable(state, shop));
  const list = state.data.returns.get(shop.id) ?? [];
  const now = state.nowSeconds();
  const created = buildReturn(order, shop, 'WAITING_ACCEPTANCE', now, rng, list.length + 1, now);
  // date_created is now: appended, the list stays sorted by date_created.
  list.push(created);
  state.data.returns.set(shop.id, list);
  return created;
}

/**
 * A buyer opens an incident now on the first line of a delivered order of the shop with no open
 * incident: the line goes to INCIDENT_OPEN with a RE11 reason, and the line's and the order's
 * `last_updated_date` move to now (OR11's `start_update_date` finds it). Throws 404 for an unknown
 * shop or order, 400 when the order is not delivered or already has an open incident.
 */
export function openIncident(state: MarketplaceState, target: CaseActivityTarget, rng: Rng): { order: OrderJson; line: OrderLineJson } {
  const shop = shopOf(state, target);
  const order = orderFor(state, shop, target.orderId, (o) => {
    if (!deliveredStates.has(o.order_state as string)) return `Order ${o.order_id} is not delivered (${o.order_state as string})`;
    if (o.order_lines.some((l) => l.order_line_state === 'INCIDENT_OPEN')) return `Order ${o.order_id} already has an open incident`;
    return null;
  });
  const line = order.order_lines[0]!;
  const reason = rng.pick(incidentReasons);
  const now = isoSeconds(state.nowSeconds());
  line.__stateBeforeIncident = line.order_line_state;
  line.order_line_state = 'INCIDENT_OPEN';
  line.order_line_state_reason_code = reason;
  line.order_line_state_reason_label = shop.bank.openReasons[reason] ?? reason;
  line.last_updated_date = now;
  order.has_incident = true;
  order.last_updated_date = now;
  return { order, line };
}

/** The buyer threads of orders with an open incident or a running return: where buyers answer about their case. */
function caseThreads(state: MarketplaceState): ThreadRecord[] {
  const caseOrders = new Set<string>();
  for (const list of state.data.orders.values())
    for (const o of list) if (o.order_lines.some((l) => l.order_line_state === 'INCIDENT_OPEN')) caseOrders.add(o.order_id);
  for (const list of state.data.returns.values())
    for (const r of list) if (runningReturnStates.has(r.state)) caseOrders.add(r.order_id as string);
  return [...state.data.threads.values()].filter((t) => t.customer && t.messages.length < 1000 && caseOrders.has(t.entity.id));
}

/**
 * One step of the "alive" demo's cases, drawn from `rng`: sometimes a new return, sometimes a new
 * incident, sometimes a buyer answering in the thread of a running case (which moves the thread's
 * `date_updated`). Returns what happened, for logs and tests; a step with no eligible order does nothing.
 */
export function stepCaseActivity(state: MarketplaceState, rng: Rng): 'return' | 'incident' | 'answer' | null {
  const roll = rng.next();
  const shop = rng.pick(state.data.shops);
  try {
    if (roll < 0.1) {
      requestReturn(state, { shopId: shop.id }, rng);
      return 'return';
    }
    if (roll < 0.15) {
      openIncident(state, { shopId: shop.id }, rng);
      return 'incident';
    }
    if (roll < 0.35) {
      const threads = caseThreads(state);
      if (threads.length === 0) return null;
      const thread = rng.pick(threads);
      const bank = state.data.shops.find((s) => s.id === thread.shopId)?.bank;
      if (!bank || !thread.customer) return null;
      const body = renderTemplate(rng.pick(bank.buyerFollowUps), {}, thread.customer.female);
      state.appendMessage(
        thread,
        { from: 'CUSTOMER', to: thread.takenOver ? ['SHOP', 'OPERATOR'] : ['SHOP'], body, files: [] },
        thread.customer.name,
      );
      return 'answer';
    }
  } catch (error) {
    // No eligible order in that shop: nothing happens this time.
    if (error instanceof MiraklHttpError) return null;
    throw error;
  }
  return null;
}
