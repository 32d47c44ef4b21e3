import type { OperationResult } from '../../../../shared/mirakl';
import type { OperationInput, PlatformRequest, ReadCode, WriteAnswer } from '../../api/platform';
import type { OutboxItemOf, OutboxKind, ReturnAction, ReturnActionCodes } from '../../data/records';

/** The operation that sends each kind of item (return actions: the action's own, see ReturnActionCodes). */
export interface OutboxWriteCodes {
  reply: 'M12';
  'support-thread': 'M14';
  'absence-notice': 'M14';
  'incident-resolution': 'OR64';
  'return-action': ReturnActionCodes[ReturnAction];
  'status-update': 'A02';
  'order-thread': 'OR43';
}

/** Per kind: its items, the request that sends one, and the 2xx answer to that request. */
type OutboxItems = { [K in OutboxKind]: OutboxItemOf<K> };
type OutboxRequests = { [K in OutboxKind]: PlatformRequest<OutboxWriteCodes[K]> };
type OutboxAnswers = { [K in OutboxKind]: WriteAnswer<OutboxWriteCodes[K]> };

/**
 * What a handler's read-back may use: reads of the item's shop, answered as the catalogue's response
 * schema parses them (they throw SendFailureError, also for an answer that cannot be read), and the
 * marketplace ids already matched to other delivered items, which must never be matched again (two
 * identical replies sent on purpose are two messages).
 */
export interface ReadBackContext {
  read<C extends ReadCode>(code: C, input: OperationInput<C>): Promise<OperationResult<C>>;
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
 * One kind of outbox item (`K`): how it is checked, ordered, sent, understood and looked for.
 * Everything but `readBack` is pure, so each decision is unit-tested without a marketplace. The
 * payload's type comes from the operation's input; `check` still validates it with the
 * operation's schema before the first send (items come back from IndexedDB, written by any
 * version), so the other methods, which run only after a check passed, may rely on it.
 */
export interface OutboxHandler<K extends OutboxKind = OutboxKind> {
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
  orderKey(item: OutboxItems[K]): string;
  /** A plain-words problem that makes the item unsendable as it is (it is parked unsent), or null. */
  check(item: OutboxItems[K]): string | null;
  /** The Mirakl operation and input that carry the item. */
  request(item: OutboxItems[K]): OutboxRequests[K];
  /** What the marketplace's 2xx answer says about the item. */
  accept(item: OutboxItems[K], answer: OutboxAnswers[K]): Acceptance;
  /**
   * Whether the item is already on the marketplace, by reading it back (never by writing). Called
   * before any resend of an item whose outcome is unknown, and after a 2xx that did not say what
   * was created (to learn the id, so no other item is ever matched to it).
   */
  readBack(item: OutboxItems[K], context: ReadBackContext): Promise<ReadBackResult>;
}

/**
 * The handler of every outbox kind, each typed for its own kind. A mapped type over OutboxKind (a
 * Record whose values know their key), so adding a kind to records.ts is a compile error wherever a
 * table is written until it has a handler: the sender never meets an item it cannot send.
 */
export type OutboxHandlers = { readonly [K in OutboxKind]: OutboxHandler<K> };
