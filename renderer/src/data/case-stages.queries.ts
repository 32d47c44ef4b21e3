import { recordCaseEvent, updateCaseMeta } from './case-events.queries';
import type { ConsoleDatabase } from './db';
import { readDraft, storeDraft } from './drafts.queries';
import { threadKeyOf } from './inbox.queries';
import { threadMessagesOf } from './thread-messages.queries';
import { caseKey, type CaseKey, type CaseMetaRecord, type CaseStage, type CaseSummary } from './records';

/** What moving a case to a stage stores (see moveCaseToStage). */
export interface StageMove {
  key: CaseKey;
  stage: CaseStage;
  /** The 'shipped' stage's details; absent for the other stages. */
  shipping?: { carrier: string; trackingNumber: string; expectedDelivery: string };
  /** The case's buyer thread: the prefilled message becomes its draft, and the inbox marks it until the buyer is told. */
  thread: { shopId: string; threadId: string };
  /** The prefilled buyer message (shared/cases/stages stageMessage). */
  message: string;
  /** Who moved it (the profile member's name). */
  actor: string;
  now: Date;
}

/** What happened to the thread's draft: written anew, or the message added below the seller's earlier draft. */
export type StageDraftOutcome = 'written' | 'appended' | 'already-there';

/**
 * Moves a case to a stage, in one transaction: the case's facts (stage, stageAt, shipping, the
 * thread; the buyer counts as not told again), a step in the case's history ('stage:<stage>'), and
 * the prefilled message as the thread's draft. An earlier draft of the thread is never lost: the
 * message is added below it ('appended'), or left as is when the draft already holds it.
 */
export async function moveCaseToStage(db: ConsoleDatabase, move: StageMove): Promise<StageDraftOutcome> {
  const { shopId, threadId } = move.thread;
  return db.transaction('rw', [db.caseMeta, db.caseEvents, db.drafts], async () => {
    const at = move.now.toISOString();
    await updateCaseMeta(db, move.key, {
      stage: move.stage,
      stageAt: at,
      shipping: move.stage === 'shipped' ? move.shipping : undefined,
      stageThread: { shopId, threadId },
      stageToldItemId: undefined,
    });
    const shipping = move.stage === 'shipped' && move.shipping ? move.shipping : undefined;
    await recordCaseEvent(db, {
      caseKey: move.key,
      at,
      actor: move.actor,
      action: `stage:${move.stage}`,
      detail: shipping ? `${shipping.carrier} ${shipping.trackingNumber} ${shipping.expectedDelivery}` : undefined,
    });
    const earlier = (await readDraft(db, shopId, threadId))?.body ?? '';
    if (earlier.includes(move.message.trim())) return 'already-there';
    const appended = earlier.trim() !== '';
    await storeDraft(db, shopId, threadId, appended ? `${earlier.trimEnd()}\n\n${move.message}` : move.message, move.now);
    return appended ? 'appended' : 'written';
  });
}

/** A case's stage the buyer has not been told about yet, and the thread to tell them in. */
export interface UntoldStage {
  key: CaseKey;
  stage: CaseStage;
  stageAt: string;
  shopId: string;
  threadId: string;
}

/**
 * How the buyer was told about the stage of `meta` in its thread: the id of the reply (outbox kind
 * 'reply', any state but parked) queued after `stageAt`, 'message' for a shop message in the cache
 * written after it (a reply sent from elsewhere), or null while the buyer has not been told.
 * Index-backed: the thread's outbox items and its messages since `stageAt`.
 */
async function toldBy(db: ConsoleDatabase, shopId: string, threadId: string, stageAt: string): Promise<string | null> {
  const items = await db.outbox.where('[shopId+threadId]').equals([shopId, threadId]).toArray();
  const reply = items.find((item) => item.kind === 'reply' && item.state !== 'parked' && item.createdAt > stageAt);
  if (reply) return reply.id;
  const shopMessage = (await threadMessagesOf(db, shopId, threadId)).find((m) => m.dateCreated > stageAt && m.fromType.startsWith('SHOP'));
  return shopMessage ? 'message' : null;
}

/** The cases with a stage whose buyer may not have been told (cheap: caseMeta holds at most thousands of records). */
async function stagedMetas(
  db: ConsoleDatabase,
): Promise<(CaseMetaRecord & Required<Pick<CaseMetaRecord, 'stage' | 'stageAt' | 'stageThread'>>)[]> {
  const metas = await db.caseMeta.toArray();
  return metas.filter(
    (m): m is CaseMetaRecord & Required<Pick<CaseMetaRecord, 'stage' | 'stageAt' | 'stageThread'>> =>
      m.stage !== undefined && m.stageAt !== undefined && m.stageThread !== undefined && m.stageToldItemId === undefined,
  );
}

/**
 * The threads (threadKeyOf keys) whose case has a stage the buyer has not been told about, with
 * that stage: the inbox's "buyer not told" marks. Read-only, for a live query: it runs again when a
 * stage moves, a reply is queued or parked, or a shop message is synced. Costs one lookup per case
 * with an untold stage, whatever the number of threads.
 */
export async function untoldStages(db: ConsoleDatabase): Promise<Map<string, UntoldStage>> {
  return db.transaction('r', [db.caseMeta, db.outbox, db.threadMessages], async () => {
    const untold = new Map<string, UntoldStage>();
    for (const meta of await stagedMetas(db)) {
      const { shopId, threadId } = meta.stageThread;
      if ((await toldBy(db, shopId, threadId, meta.stageAt)) !== null) continue;
      const key = threadKeyOf(shopId, threadId);
      const known = untold.get(key);
      // Two cases on one thread: the later stage is the one to tell.
      if (!known || known.stageAt < meta.stageAt)
        untold.set(key, { key: meta.key, stage: meta.stage, stageAt: meta.stageAt, shopId, threadId });
    }
    return untold;
  });
}

/**
 * Records the reply that told each buyer about their case's stage (caseMeta.stageToldItemId), for
 * the cases where it is known now (a shop message synced from elsewhere counts as 'message'). Call
 * it when a thread's outbox or messages change; it writes only what changed. Returns how many cases
 * it settled.
 */
export async function settleToldStages(db: ConsoleDatabase): Promise<number> {
  return db.transaction('rw', [db.caseMeta, db.outbox, db.threadMessages], async () => {
    let settled = 0;
    for (const meta of await stagedMetas(db)) {
      const told = await toldBy(db, meta.stageThread.shopId, meta.stageThread.threadId, meta.stageAt);
      if (told === null) continue;
      await db.caseMeta.put({ ...meta, stageToldItemId: told });
      settled++;
    }
    return settled;
  });
}

/** The stage facts of one case (for the stage control), or undefined while it has none. */
export async function caseStageOf(db: ConsoleDatabase, key: CaseKey): Promise<{ meta: CaseMetaRecord; told: boolean } | undefined> {
  return db.transaction('r', [db.caseMeta, db.outbox, db.threadMessages], async () => {
    const meta = await db.caseMeta.get(key);
    if (!meta?.stage || !meta.stageAt) return meta ? { meta, told: false } : undefined;
    if (meta.stageToldItemId !== undefined || !meta.stageThread) return { meta, told: meta.stageToldItemId !== undefined };
    return { meta, told: (await toldBy(db, meta.stageThread.shopId, meta.stageThread.threadId, meta.stageAt)) !== null };
  });
}

/** Return states after which a return needs nothing more (the same reading as the inbox's return badge). */
const finishedReturnStates: ReadonlySet<string> = new Set(['CLOSED', 'CANCELED', 'REFUSED']);

/**
 * The case an order thread is about, as a CaseSummary for the stage control of the thread's header:
 * the order's return (one in progress first, else the latest), else its incident (an open one
 * first), else the thread itself when its topic is a reason code (a complaint thread). Undefined
 * for a thread that is not about an order's case.
 */
export async function threadCaseSummary(db: ConsoleDatabase, shopId: string, threadId: string): Promise<CaseSummary | undefined> {
  return db.transaction('r', [db.threads, db.returns, db.incidents], async () => {
    const thread = await db.threads.get([shopId, threadId]);
    if (!thread?.orderId) return undefined;
    const orderId = thread.orderId;
    const base = {
      shopId,
      market: thread.market,
      orderId,
      orderLabel: thread.orderLabel,
      buyer: thread.customerName || undefined,
      threadId,
      takenOver: thread.takenOver === 1,
    };
    const returns = (await db.returns.where('shopId').equals(shopId).toArray())
      .filter((r) => r.orderId === orderId)
      .sort(
        (a, b) =>
          Number(finishedReturnStates.has(a.state)) - Number(finishedReturnStates.has(b.state)) ||
          b.dateUpdated.localeCompare(a.dateUpdated),
      );
    const ret = returns[0];
    if (ret) {
      const open = !finishedReturnStates.has(ret.state);
      return {
        ...base,
        key: caseKey('return', shopId, ret.id),
        kind: 'return',
        id: ret.id,
        state: ret.state,
        open,
        openedAt: thread.dateCreated,
        updatedAt: ret.dateUpdated,
      };
    }
    const incidents = (
      await db.incidents.where('[shopId+orderId+lineId]').between([shopId, orderId, ''], [shopId, orderId, '\uffff']).toArray()
    ).sort(
      (a, b) => Number(b.state === 'INCIDENT_OPEN') - Number(a.state === 'INCIDENT_OPEN') || b.dateUpdated.localeCompare(a.dateUpdated),
    );
    const incident = incidents[0];
    if (incident) {
      const id = `${orderId}/${incident.lineId}`;
      return {
        ...base,
        key: caseKey('incident', shopId, id),
        kind: 'incident',
        id,
        state: incident.state,
        open: incident.state === 'INCIDENT_OPEN',
        reasonCode: incident.reasonCode,
        openedAt: thread.dateCreated,
        updatedAt: incident.dateUpdated,
      };
    }
    if (!thread.topicCode) return undefined;
    return {
      ...base,
      key: caseKey('complaint-thread', shopId, threadId),
      kind: 'complaint-thread',
      id: threadId,
      state: thread.closed === 1 ? 'closed' : 'open',
      open: thread.closed !== 1,
      reasonCode: thread.topicCode,
      openedAt: thread.dateCreated,
      updatedAt: thread.dateUpdated,
    };
  });
}
