/**
 * What the console keeps about cases and absences beyond the marketplace's own records (schema
 * version 6): planned absences and their per-shop notices, phone complaints (local records: the
 * platform has no API for them), each case's local facts (who is responsible, the last stage the
 * seller moved it to and whether the buyer was told), and each case's history of console actions.
 * Re-exported by records.ts.
 *
 * A case is named everywhere by its `CaseKey` (caseKey()): `<kind>:<shopId>:<id>`.
 */

/** The kinds of case the Cases view lists. */
export type CaseKind = 'incident' | 'return' | 'complaint-thread' | 'phone-complaint';

/**
 * A case's id within its shop: an incident is an order line (`<orderId>/<lineId>`), a return its
 * RT11 id, a complaint thread its thread id, a phone complaint its local id.
 */
export type CaseKey = string;

/** The key of a case, the same wherever it is made. */
export function caseKey(kind: CaseKind, shopId: string, id: string): CaseKey {
  return `${kind}:${shopId}:${id}`;
}

/** One shop's part of a planned absence: what the plan said when it was filed, and what was queued. */
export interface AbsenceShopRecord {
  shopId: string;
  market: string;
  /** Working days of the absence in the shop's market calendar, when planned. */
  workingDays: number;
  noticeRequired: boolean;
  /** Last day to file (`YYYY-MM-DD`), null when no notice is required. */
  fileBy: string | null;
  /** The outbox item (kind 'absence-notice') that carries the notice, once the seller filed it. */
  noticeItemId?: string;
  /** The outbox item (kind 'status-update', A02 closed_from/closed_to), only when the seller ticked it. */
  closingItemId?: string;
  /** Set when filing was refused before anything was sent (late): the file-by date that was missed. */
  refusedLate?: string;
}

/** A planned (or past) absence of the seller, across the shops it concerns. */
export interface AbsenceRecord {
  id: string;
  /** First and last day of the absence, inclusive, `YYYY-MM-DD`. */
  firstDay: string;
  lastDay: string;
  /** Who stands in while the seller is away (free text), '' for nobody. */
  standIn: string;
  /** The seller's note for the platform. */
  note: string;
  shops: AbsenceShopRecord[];
  createdAt: string;
  /** When the seller dropped the plan (it no longer reminds, it stays listed as dropped). */
  droppedAt?: string;
  /** Whether the seller ticked closing the shops (A02 closed_from/closed_to) with the notice. */
  closeShops?: boolean;
}

/** What the buyer expects from a complaint taken by phone (seed 004). */
export type PhoneComplaintExpectation = 'replacement' | 'repair' | 'refund' | 'price-reduction' | 'apology' | 'other';

/** How a phone complaint ended (seed 004): there is no "refused". */
export type PhoneComplaintOutcome = 'replacement' | 'repair-or-fix' | 'price-reduction' | 'apology';

/** A complaint a buyer made by phone: a local record, kept in the offline cache with the rest. */
export interface PhoneComplaintRecord {
  id: string;
  shopId: string;
  buyerName: string;
  /** How to reach the buyer (phone number or e-mail as the buyer gave it). */
  contact: string;
  orderId?: string;
  /** The order's commercial label as the buyer quotes it, when the cache knew it at intake. */
  orderLabel?: string;
  product: string;
  description: string;
  expectation: PhoneComplaintExpectation;
  /** The answer date promised to the buyer, `YYYY-MM-DD` (the countdown runs to its end in the market's zone). */
  promisedAnswerBy: string;
  /** Who is responsible for the case, and to whom it was forwarded for a decision (free text until profiles exist). */
  responsible: string;
  forwardedTo?: string;
  outcome?: PhoneComplaintOutcome;
  outcomeNote?: string;
  /** The order thread that carries the written confirmation, once linked (or created with OR43). */
  threadId?: string;
  /** The outbox item (kind 'order-thread', OR43) that carries the written confirmation where the order had no thread. */
  confirmationItemId?: string;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
}

/** The stages a seller moves a case through; each one the buyer must be told about. */
export type CaseStage = 'return-received' | 'repair-started' | 'replacement-started' | 'ready-to-ship' | 'shipped';

/** The console's own facts about one case (any kind), keyed by its CaseKey. */
export interface CaseMetaRecord {
  key: CaseKey;
  /** The person responsible (free text until #16's profiles). */
  responsible?: string;
  /** The last stage the seller moved the case to, and when. */
  stage?: CaseStage;
  stageAt?: string;
  /** Shipping details of the 'shipped' stage. */
  shipping?: { carrier: string; trackingNumber: string; expectedDelivery: string };
  /** The reply (outbox item id) that told the buyer about `stage`; absent while the buyer has not been told. */
  stageToldItemId?: string;
  /**
   * The thread the buyer is told about `stage` in (features/case-stages): the inbox marks it while
   * the buyer has not been told. Set with `stage`.
   */
  stageThread?: { shopId: string; threadId: string };
}

/** One step in a case's history done in the console (platform events come from the synced records). */
export interface CaseEventRecord {
  seq?: number;
  caseKey: CaseKey;
  at: string;
  /** Who did it: the profile member's name, 'console' for automatic steps. */
  actor: string;
  /** What was done, as a stable code the UI translates ('return-accepted', 'stage:shipped', 'outcome', ...). */
  action: string;
  /** Plain details for the history (reason, outcome, note). */
  detail?: string;
  /** The outbox item that carries the action to the marketplace, when there is one (its state shows beside it). */
  outboxItemId?: string;
}

/**
 * One case as the Cases view lists it, whatever its source (an incident, a return, a complaint
 * thread, a phone complaint): each source has an adapter in data/ that maps its records to this.
 */
export interface CaseSummary {
  key: CaseKey;
  kind: CaseKind;
  shopId: string;
  market: string;
  /** The case's id within its shop (see CaseKey). */
  id: string;
  /** The source's own state (Mirakl's return state, the order line's state, 'open'/'closed' for local and thread cases). */
  state: string;
  /** Whether the case still needs the seller. */
  open: boolean;
  orderId?: string;
  /** The order's commercial label, when known. */
  orderLabel?: string;
  buyer?: string;
  /** The buyer's thread about the case, when there is one. */
  threadId?: string;
  /** RE11 reason code (incidents, complaint threads) or the return's reason code. */
  reasonCode?: string;
  responsible?: string;
  /** When the complaint reached the seller (the statutory windows start here), ISO instant. */
  openedAt: string;
  updatedAt: string;
  /** The platform took the case over (its operator decides; the seller may still owe costs or evidence). */
  takenOver?: boolean;
  /** Phone complaints: the answer date promised to the buyer, `YYYY-MM-DD`. */
  promisedAnswerBy?: string;
}
