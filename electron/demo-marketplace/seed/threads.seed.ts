import type { AttachmentRecord, MessageRecord, Party, ShopRecord, ThreadRecord } from '../model';
import { holidayEveAfternoon, lastWeekdayAt } from './calendar.seed';
import { makePdf, makePng } from './files.seed';
import type { Rng } from './prng';
import { renderTemplate, type CaseTopic } from './text-bank';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How a seeded thread ends, relative to the marketplace's `now`. */
export type Scenario =
  | 'overdue-5-days'
  | 'overdue-3-days'
  | 'due-soon'
  | 'fresh-2-hours'
  | 'fresh-minutes'
  | 'over-weekend'
  | 'saturday'
  | 'holiday-eve'
  | 'answered'
  | 'no-reply-needed'
  | 'taken-over'
  | 'operator-thread';

/** Scenarios given to the first threads in this order, so even a small seed shows every case. */
export const coverageScenarios: readonly Scenario[] = [
  'overdue-5-days',
  'fresh-2-hours',
  'over-weekend',
  'holiday-eve',
  'due-soon',
  'answered',
  'taken-over',
  'no-reply-needed',
  'operator-thread',
  'saturday',
  'overdue-3-days',
  'fresh-minutes',
];

const waitingScenarios: readonly Scenario[] = [
  'overdue-5-days',
  'overdue-3-days',
  'due-soon',
  'fresh-2-hours',
  'fresh-minutes',
  'over-weekend',
  'saturday',
  'holiday-eve',
];

/** Picks a scenario for a thread that is not in the coverage prefix. */
export function pickScenario(rng: Rng, messageCount: number): Scenario {
  const r = rng.next();
  if (messageCount < 2) return rng.pick(waitingScenarios);
  if (r < 0.42) return 'answered';
  if (r < 0.47) return 'no-reply-needed';
  if (r < 0.55) return 'taken-over';
  if (r < 0.6) return 'operator-thread';
  return rng.pick(waitingScenarios);
}

/** When the oldest unanswered buyer message of a waiting scenario arrived. */
function waitingAnchor(scenario: Scenario, now: number, shop: ShopRecord, rng: Rng): number {
  switch (scenario) {
    case 'overdue-5-days':
      return now - 5 * DAY - rng.int(0, 6 * 60) * MINUTE;
    case 'overdue-3-days':
      return now - 3 * DAY - rng.int(0, 6 * 60) * MINUTE;
    case 'due-soon':
      return now - 20 * HOUR - rng.int(0, 120) * MINUTE;
    case 'fresh-2-hours':
      return now - 2 * HOUR - rng.int(0, 30) * MINUTE;
    case 'fresh-minutes':
      return now - rng.int(5, 40) * MINUTE;
    case 'over-weekend':
      return lastWeekdayAt(now, 5, 15, rng.int(0, 59), shop.timeZone);
    case 'saturday':
      return lastWeekdayAt(now, 6, 11, rng.int(0, 59), shop.timeZone);
    case 'holiday-eve':
      return holidayEveAfternoon(now, shop.market, shop.timeZone, 21) ?? lastWeekdayAt(now, 5, 16, rng.int(0, 44), shop.timeZone);
    default:
      return now - rng.int(1, 72) * HOUR;
  }
}

/** Shared inputs of thread generation: the PNG/PDF bytes are built once and shared. */
export interface ThreadSeedContext {
  rng: Rng;
  now: number;
  attachments: Map<string, AttachmentRecord>;
  pngs: Uint8Array[];
  pdf: Uint8Array;
}

/** Creates the reusable attachment bytes of a seed run. */
export function attachmentBytes(): { pngs: Uint8Array[]; pdf: Uint8Array } {
  return { pngs: [40, 90, 140, 200].map(makePng), pdf: makePdf('Return label / Etykieta zwrotna / Etiqueta de devolucao') };
}

const photoNames: Record<string, string> = {
  pl: 'zdjecie-usterki.png',
  lv: 'foto-bojajums.png',
  pt: 'fotografia-avaria.png',
  hr: 'fotografija-kvara.png',
};
const labelNames: Record<string, string> = {
  pl: 'etykieta-zwrotna.pdf',
  lv: 'atpakalsutisanas-uzlime.pdf',
  pt: 'etiqueta-devolucao.pdf',
  hr: 'naljepnica-za-povrat.pdf',
};

/** The thread's own data, before messages: who writes and what about. */
export interface ThreadPlan {
  id: string;
  shop: ShopRecord;
  scenario: Scenario;
  messageCount: number;
  caseTopic: CaseTopic;
  customer: { id: string; name: string; female: boolean } | null;
  order: { id: string; label: string; product: string } | null;
  tracking: string;
}

function senders(plan: ThreadPlan): Party[] {
  const n = plan.messageCount;
  if (plan.scenario === 'operator-thread') return Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'SHOP' : 'OPERATOR'));
  const list: Party[] = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'CUSTOMER' : 'SHOP'));
  if (plan.scenario === 'answered') list[n - 1] = 'SHOP';
  else if (plan.scenario === 'no-reply-needed') list[n - 1] = 'CUSTOMER';
  else if (plan.scenario === 'taken-over') list[n - 1] = 'OPERATOR';
  else list[n - 1] = 'CUSTOMER';
  // A buyer message at the end follows a shop message, so the unanswered run is exactly the last
  // message and `shop_reply_needed_since` is the scenario's moment.
  if (list[n - 1] === 'CUSTOMER' && n >= 2) list[n - 2] = 'SHOP';
  return list;
}

/**
 * Builds one seeded thread from its plan: message timeline relative to `now`, texts from the shop's
 * language bank, attachments stored in `ctx.attachments`, `replyNeededSince` per the scenario.
 */
export function buildThread(plan: ThreadPlan, ctx: ThreadSeedContext): ThreadRecord {
  const { rng, now } = ctx;
  const bank = plan.shop.bank;
  const who = senders(plan);
  const n = who.length;
  const waiting = waitingScenarios.includes(plan.scenario);
  const end = waiting ? waitingAnchor(plan.scenario, now, plan.shop, rng) : now - rng.int(60, 20 * 24 * 60) * MINUTE;
  // Times go backwards from the last message; seeded times are whole seconds, as Mirakl sends.
  const times: number[] = new Array<number>(n);
  times[n - 1] = Math.floor(end / 1000) * 1000;
  for (let i = n - 2; i >= 0; i--) times[i] = (times[i + 1] as number) - rng.int(20, 30 * 60) * MINUTE;
  const values = {
    order: plan.order?.label ?? '',
    product: plan.order?.product ?? '',
    tracking: plan.tracking,
    shop: plan.shop.name,
    date: new Date(now + 2 * DAY).toISOString().slice(0, 10),
    name: plan.customer?.name ?? '',
  };
  const female = plan.customer?.female ?? false;
  const shopName = plan.shop.name;
  const messages: MessageRecord[] = [];
  let shopReplies = 0;
  for (let i = 0; i < n; i++) {
    const from = who[i] as Party;
    const attachments: MessageRecord['attachments'] = [];
    let body: string;
    let to: Party[];
    if (from === 'CUSTOMER') {
      // The buyer's first message states the case, even when the shop opened the thread.
      const followUp = messages.some((m) => m.from === 'CUSTOMER');
      const last = i === n - 1;
      const template = !followUp
        ? rng.pick(bank.buyer[plan.caseTopic])
        : last && plan.scenario === 'no-reply-needed'
          ? rng.pick(bank.buyerThanks)
          : rng.pick(bank.buyerFollowUps);
      body = renderTemplate(template, values, female);
      if (rng.chance(0.08)) body += ` ${renderTemplate(rng.pick(bank.contactLeaks), values, female)}`;
      if (!followUp && rng.chance(0.5)) body += `\n\n${plan.customer?.name.split(' ')[0] ?? ''}`;
      const wantsPhoto =
        (!followUp && (plan.caseTopic === 'WARRANTY' || plan.caseTopic === 'WRONG_ITEM_SENT') && rng.chance(0.35)) ||
        body.includes(bank.buyerFollowUps[2] as string);
      if (wantsPhoto)
        attachments.push(storeAttachment(ctx, plan, photoNames[bank.language] ?? 'photo.png', 'image/png', rng.pick(ctx.pngs)));
      to = plan.scenario === 'taken-over' && i === n - 1 ? ['SHOP', 'OPERATOR'] : ['SHOP'];
    } else if (from === 'SHOP') {
      if (plan.scenario === 'operator-thread') body = renderTemplate(rng.pick(bank.shopToOperator), values, false);
      else body = renderTemplate(shopReplies === 0 ? rng.pick(bank.shop[plan.caseTopic]) : rng.pick(bank.shopProactive), values, false);
      body += `\n\n${renderTemplate(bank.shopSignOff, values, false)}`;
      if (shopReplies === 0 && plan.caseTopic === 'WRONG_ITEM_SENT' && plan.scenario !== 'operator-thread') {
        attachments.push(storeAttachment(ctx, plan, labelNames[bank.language] ?? 'label.pdf', 'application/pdf', ctx.pdf));
      }
      shopReplies++;
      to = plan.scenario === 'operator-thread' ? ['OPERATOR'] : ['CUSTOMER'];
    } else {
      body = plan.scenario === 'operator-thread' ? rng.pick(bank.operatorToShop) : rng.pick(bank.operatorTakeover);
      to = plan.scenario === 'operator-thread' ? ['SHOP'] : ['CUSTOMER', 'SHOP'];
    }
    const fromName = from === 'CUSTOMER' ? (plan.customer?.name ?? '') : from === 'SHOP' ? shopName : bank.operatorName;
    messages.push({ id: rng.uuid(), date: times[i] as number, from, fromName, to, body, attachments });
  }
  const last = messages[n - 1] as MessageRecord;
  let replyNeededSince: number | null = null;
  if (waiting || (plan.scenario === 'operator-thread' && last.from === 'OPERATOR')) {
    // The clock starts at the oldest message of the unanswered run at the end of the thread.
    let j = n - 1;
    while (j > 0 && (messages[j - 1] as MessageRecord).from === last.from) j--;
    replyNeededSince = (messages[j] as MessageRecord).date;
  }
  const noReplyNeeded =
    plan.scenario === 'no-reply-needed' ? [{ date: Math.min(now, last.date + rng.int(10, 300) * MINUTE), userType: 'SHOP' as const }] : [];
  const created = (messages[0] as MessageRecord).date;
  const updated = Math.max(last.date, ...noReplyNeeded.map((x) => x.date));
  const topic =
    plan.scenario === 'operator-thread'
      ? { type: 'FREE_TEXT' as const, value: bank.freeTopics.OPERATOR }
      : plan.caseTopic === 'DELIVERY' || plan.caseTopic === 'RETURN'
        ? { type: 'FREE_TEXT' as const, value: bank.freeTopics[plan.caseTopic] }
        : { type: 'REASON_CODE' as const, value: plan.caseTopic };
  const entity = plan.order
    ? { type: 'MMP_ORDER', id: plan.order.id, label: plan.order.label }
    : { type: 'SELLER_OPERATOR', id: String(plan.shop.id), label: plan.shop.name };
  return {
    id: plan.id,
    shopId: plan.shop.id,
    created,
    updated,
    topic,
    entity,
    customer: plan.customer,
    takenOver: plan.scenario === 'taken-over',
    messages,
    replyNeededSince,
    noReplyNeeded,
  };
}

function storeAttachment(
  ctx: ThreadSeedContext,
  plan: ThreadPlan,
  name: string,
  contentType: string,
  bytes: Uint8Array,
): { id: string; name: string; size: number } {
  const id = ctx.rng.uuid();
  ctx.attachments.set(id, { id, name, contentType, bytes, shopId: plan.shop.id, threadId: plan.id });
  return { id, name, size: bytes.length };
}
