import type { OutboxItem } from '../../data/records';
import type { PlatformAnswer, PlatformQuery, PlatformWrite } from './outbox-platform';

/**
 * What a handler's read-back may use: reads of the item's shop (they throw SendFailureError) and
 * the marketplace ids already matched to other delivered items, which must never be matched again
 * (two identical replies sent on purpose are two messages).
 */
export interface ReadBackContext {
  read(path: string, query?: PlatformQuery): Promise<unknown>;
  claimed: ReadonlySet<string>;
}

/**
 * The read-back's verdict on an item whose last send may or may not have reached the marketplace:
 * `found` (it is there: the sender marks it sent, with the id of what was created when there is one),
 * or not found (the sender sends it again).
 */
export type ReadBackResult = { found: true; deliveredId?: string } | { found: false };

/**
 * What a 2xx answer means for the item. Mirakl answers some refusals with 200 and a per-entity error
 * (RT21–RT27 `return_errors`, A02 `errors`), and a body that cannot be read says the request was
 * processed but not how: that is `unknown`, and the sender reads back before anything else.
 */
export type Acceptance =
  | { outcome: 'delivered'; deliveredId?: string }
  | { outcome: 'refused'; code: string; message: string }
  | { outcome: 'unknown'; message: string };

/**
 * One kind of outbox item: how it is checked, ordered, sent, understood and looked for. Everything
 * but `readBack` is pure, so each decision is unit-tested without a marketplace.
 */
export interface OutboxHandler {
  /** The item in the seller's words, for messages ("reply", "return update"). */
  noun: string;
  /**
   * True when the write creates a message the read-back recognises by its text (M12, M14): its id
   * must then be known before any later read-back in the same scope, or an identical later item
   * could be matched to it. False when there is nothing to claim (state changes: OR64, RT2x, A02).
   */
  createsMessage: boolean;
  /**
   * Items with the same key are sent strictly one after the other in the order written, and a
   * parked one holds back the later ones (replies of a thread; actions on one return or order line).
   */
  orderKey(item: OutboxItem): string;
  /** A plain-words problem that makes the item unsendable as it is (it is parked unsent), or null. */
  check(item: OutboxItem): string | null;
  /** The Mirakl request that carries the item. */
  request(item: OutboxItem): PlatformWrite;
  /** What the marketplace's 2xx answer says about the item. */
  accept(item: OutboxItem, answer: PlatformAnswer): Acceptance;
  /**
   * Whether the item is already on the marketplace, by reading it back (never by writing). Called
   * before any resend of an item whose outcome is unknown, and after a 2xx that did not say what
   * was created (to learn the id, so no other item is ever matched to it).
   */
  readBack(item: OutboxItem, context: ReadBackContext): Promise<ReadBackResult>;
}

/** An object's field as a string, or '' (payloads come from IndexedDB, so they are checked, not trusted). */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The object under `key` of a JSON value, or an empty object. */
export function record(value: unknown, key?: string): Record<string, unknown> {
  const inner = key === undefined ? value : typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Record<string, unknown>) : {};
}

/** The array under `key` of a JSON value (only its object elements), or an empty array. */
export function records(value: unknown, key: string): Record<string, unknown>[] {
  const inner = record(value)[key];
  return Array.isArray(inner) ? inner.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
}

/** The first zod-style issue of a failed payload check in words: "body: Too small: ...". */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  if (!issue) return 'it is incomplete';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
