import { MiraklHttpError } from './mirakl-error';
import type { AttachmentRecord, MarketplaceData, MessageRecord, Party, ShopRecord, ThreadRecord } from './model';
import { Rng } from './seed/prng';
import { generateMarketplace, type SeedOptions } from './seed/seed-data';
import { ThreadIndex } from './thread-index';

/** Mirakl's limit on one thread (M12 description). */
export const MAX_MESSAGES_PER_THREAD = 1000;

/** A new message to append to a thread. */
export interface NewMessage {
  from: Party;
  to: Party[];
  body: string;
  files: { name: string; contentType: string; bytes: Uint8Array }[];
}

/**
 * The demo marketplace's mutable state: the seeded data, a sorted thread index per shop, and a
 * seeded id generator for everything created at run time. `reset()` regenerates the seed.
 */
export class MarketplaceState {
  data!: MarketplaceData;
  private indexes = new Map<number, ThreadIndex>();
  private ids!: Rng;
  /** Draws for the cases' activity (new returns and incidents, by the control surface or the buyer pace), apart from the ids. */
  caseRng!: Rng;

  constructor(
    private readonly seedOptions: SeedOptions,
    readonly now: () => number,
  ) {
    this.reset();
  }

  /** Restores the seeded data (same seed and start clock as at start). */
  reset(): void {
    this.data = generateMarketplace(this.seedOptions);
    this.indexes = new Map(
      this.data.shops.map((s) => [s.id, new ThreadIndex([...this.data.threads.values()].filter((t) => t.shopId === s.id))]),
    );
    this.ids = new Rng(this.seedOptions.seed ^ 0x5bd1e995);
    this.caseRng = new Rng(this.seedOptions.seed ^ 0x0ca5e5);
  }

  /** A fresh id (UUID-shaped, deterministic for a given sequence of calls). */
  newId(): string {
    return this.ids.uuid();
  }

  /** The current time, truncated to whole seconds as Mirakl reports it. */
  nowSeconds(): number {
    return Math.floor(this.now() / 1000) * 1000;
  }

  /** The shop with `id`, if seeded. */
  shop(id: number): ShopRecord | undefined {
    return this.data.shops.find((s) => s.id === id);
  }

  /** The sorted thread index of a shop. */
  index(shopId: number): ThreadIndex {
    const index = this.indexes.get(shopId);
    if (!index) throw new MiraklHttpError(404, `Shop ${shopId} not found`);
    return index;
  }

  /** A thread of `shopId`, or a 404 (threads of other shops are invisible, not forbidden). */
  thread(shopId: number, threadId: string): ThreadRecord {
    const thread = this.data.threads.get(threadId);
    if (!thread || thread.shopId !== shopId) throw new MiraklHttpError(404, `Thread ${threadId} not found`);
    return thread;
  }

  /** An attachment of `shopId`, or a 404. */
  attachment(shopId: number, attachmentId: string): AttachmentRecord {
    const attachment = this.data.attachments.get(attachmentId);
    if (!attachment || attachment.shopId !== shopId) throw new MiraklHttpError(404, `Attachment ${attachmentId} not found`);
    return attachment;
  }

  /** Adds a new thread (M14, OR43) to the data and its shop's index. */
  addThread(thread: ThreadRecord): void {
    this.data.threads.set(thread.id, thread);
    this.index(thread.shopId).insert(thread);
  }

  /**
   * Appends a message to a thread, storing its files, and updates what M11 reports: `date_updated`
   * (moving the thread in the index), and `shop_reply_needed_since` — set when a buyer or the
   * operator writes to the shop while no reply is pending (the clock keeps its first start), cleared
   * when the shop writes. Throws 400 when the thread already holds 1000 messages.
   */
  appendMessage(thread: ThreadRecord, message: NewMessage, fromName: string): MessageRecord {
    if (thread.messages.length >= MAX_MESSAGES_PER_THREAD) {
      throw new MiraklHttpError(400, `A thread cannot hold more than ${MAX_MESSAGES_PER_THREAD} messages`);
    }
    const date = this.nowSeconds();
    const attachments = message.files.map((f) => {
      const id = this.newId();
      this.data.attachments.set(id, {
        id,
        name: f.name,
        contentType: f.contentType,
        bytes: f.bytes,
        shopId: thread.shopId,
        threadId: thread.id,
      });
      return { id, name: f.name, size: f.bytes.length };
    });
    const record: MessageRecord = { id: this.newId(), date, from: message.from, fromName, to: message.to, body: message.body, attachments };
    thread.messages.push(record);
    if (message.from === 'SHOP') thread.replyNeededSince = null;
    else if (message.to.includes('SHOP') && thread.replyNeededSince === null) thread.replyNeededSince = date;
    this.index(thread.shopId).touch(thread, Math.max(date, thread.updated));
    return record;
  }
}
