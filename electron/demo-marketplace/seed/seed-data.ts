import type { AttachmentRecord, MarketplaceData, OrderJson, ReturnJson, ThreadRecord } from '../model';
import { buildOrder, buildReturn, returnStages } from './orders.seed';
import { Rng } from './prng';
import { seedShops } from './shops.seed';
import type { CaseTopic } from './text-bank';
import { attachmentBytes, buildThread, coverageScenarios, pickScenario, type ThreadPlan } from './threads.seed';

/** What the seed depends on; the same values give byte-identical data. */
export interface SeedOptions {
  seed: number;
  key: string;
  /** The marketplace's clock at start (epoch ms): seeded times are placed relative to it. */
  startMs: number;
  threads: number;
  messagesPerThread: number;
}

const caseTopics: readonly CaseTopic[] = ['WARRANTY', 'WARRANTY', 'MISSING_ITEM', 'WRONG_ITEM_SENT', 'DELIVERY', 'RETURN'];

/** Message counts averaging `average` exactly (in pairs), at least 1 and at most 1000 per thread. */
function messageCounts(rng: Rng, threads: number, average: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i < threads; i += 2) {
    const spread = rng.int(0, Math.max(0, Math.floor(average) - 1));
    counts.push(Math.min(1000, Math.max(1, Math.round(average + spread))), Math.min(1000, Math.max(1, Math.round(average - spread))));
  }
  return counts.slice(0, threads);
}

/**
 * Generates the whole seeded marketplace: 4 shops, `threads` threads spread over them (every
 * scenario of `coverageScenarios` appears in the first threads), an order per buyer thread (some
 * with an open incident), and returns at every stage. Pure apart from the clock value passed in.
 */
export function generateMarketplace(options: SeedOptions): MarketplaceData {
  const rng = new Rng(options.seed);
  const now = options.startMs;
  const shops = seedShops(options.key, now);
  const attachments = new Map<string, AttachmentRecord>();
  const threads = new Map<string, ThreadRecord>();
  const orders = new Map<number, OrderJson[]>(shops.map((s) => [s.id, []]));
  const returns = new Map<number, ReturnJson[]>(shops.map((s) => [s.id, []]));
  const { pngs, pdf } = attachmentBytes();
  const ctx = { rng, now, attachments, pngs, pdf };
  const counts = messageCounts(rng, options.threads, options.messagesPerThread);
  const returnCounters = new Map<number, number>();

  for (let i = 0; i < options.threads; i++) {
    const shop = shops[i % shops.length]!;
    const bank = shop.bank;
    const coverage = coverageScenarios[Math.floor(i / shops.length)];
    let messageCount = counts[i] ?? 1;
    if (coverage && messageCount < 3) messageCount = 3;
    const scenario = coverage ?? pickScenario(rng, messageCount);
    const caseTopic = rng.pick(caseTopics);
    const female = rng.chance(0.5);
    const names = female ? bank.female : bank.male;
    const first = rng.pick(names.first);
    const last = rng.pick(names.last);
    const isOrderThread = scenario !== 'operator-thread';
    const customerId = `CUST-${shop.id}-${String(i).padStart(6, '0')}`;
    const commercialId = `${shop.market}${String(240_000 + i).padStart(7, '0')}`;
    const product = rng.pick(bank.products);
    const plan: ThreadPlan = {
      id: rng.uuid(),
      shop,
      scenario,
      messageCount,
      caseTopic,
      customer: isOrderThread ? { id: customerId, name: `${first} ${last}`, female } : null,
      order: isOrderThread ? { id: `${commercialId}-A`, label: commercialId, product: product.title } : null,
      tracking: `${shop.market}${rng.int(100_000_000, 999_999_999)}`,
    };
    const thread = buildThread(plan, ctx);
    threads.set(thread.id, thread);
    if (!plan.order) continue;
    const reasonTopic = caseTopic === 'WARRANTY' || caseTopic === 'MISSING_ITEM' || caseTopic === 'WRONG_ITEM_SENT';
    const order = buildOrder(
      {
        shop,
        orderId: plan.order.id,
        commercialId,
        customer: { id: customerId, first, last },
        created: Math.floor((thread.created - rng.int(1, 10) * 86_400_000) / 1000) * 1000,
        product,
        caseTopic,
        incident: reasonTopic && rng.chance(0.4),
      },
      rng,
    );
    orders.get(shop.id)!.push(order);
    if (caseTopic === 'RETURN' || caseTopic === 'WRONG_ITEM_SENT') {
      const n = returnCounters.get(shop.id) ?? 0;
      returnCounters.set(shop.id, n + 1);
      const stage = returnStages[n % returnStages.length]!;
      returns.get(shop.id)!.push(buildReturn(order, shop, stage, thread.created + 3_600_000, rng, n + 1, Math.floor(now / 1000) * 1000));
    }
  }
  for (const list of orders.values())
    list.sort((a, b) => (a.created_date < b.created_date ? -1 : a.created_date > b.created_date ? 1 : a.order_id < b.order_id ? -1 : 1));
  for (const list of returns.values())
    list.sort((a, b) => (a.date_created < b.date_created ? -1 : a.date_created > b.date_created ? 1 : a.id < b.id ? -1 : 1));
  return { shops, threads, attachments, orders, returns };
}
