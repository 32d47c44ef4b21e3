import { orderLineSchema, returnSchema } from '../../../shared/mirakl';
import type { CaseFact, MessageFact, NoticeFact, ThreadFact } from '../../../shared/reports';
import type { ConsoleDatabase } from './db';
import { shopMessagesByThread } from './thread-messages.queries';

/** A thread's facts for the reports, with whether the platform took it over. */
export interface ReportThreadFact extends ThreadFact {
  takenOver: boolean;
}

/** Everything the reports compute from, read from the offline cache (so they work offline). */
export interface ReportFacts {
  threads: ReportThreadFact[];
  cases: CaseFact[];
  notices: (NoticeFact & { shopId: string; market: string })[];
}

/**
 * Reads the facts of every shop's threads (each message's time and sender, no bodies), cases
 * (incidents, returns, phone complaints) and absence notices. Reads shop by shop, one range of the
 * messages' primary key per shop, and reports progress after each (`done` of `total` shops), so a
 * large cache shows progress instead of a frozen screen.
 */
export async function readReportFacts(db: ConsoleDatabase, onProgress?: (done: number, total: number) => void): Promise<ReportFacts> {
  const shops = await db.shops.toArray();
  const threads: ReportThreadFact[] = [];
  for (const [i, shop] of shops.entries()) {
    const [records, messages] = await db.transaction('r', [db.threads, db.threadMessages], () =>
      Promise.all([db.threads.where('shopId').equals(shop.id).toArray(), shopMessagesByThread(db, shop.id)]),
    );
    const byThread = new Map<string, MessageFact[]>();
    for (const [threadId, list] of messages)
      byThread.set(
        threadId,
        list.map((m) => ({ at: m.dateCreated, from: m.fromType })),
      );
    for (const t of records)
      threads.push({
        shopId: t.shopId,
        market: t.market,
        threadId: t.id,
        messages: byThread.get(t.id) ?? [],
        takenOver: t.takenOver === 1,
      });
    onProgress?.(i + 1, shops.length);
  }
  return { threads, cases: await readCaseFacts(db), notices: await readNoticeFacts(db) };
}

/**
 * Cases as the reports count them: incidents (reason code, the line's product; resolved when the
 * line left INCIDENT_OPEN), returns (reason code; the product when an incident of the same order
 * line told it, else none), phone complaints (what the buyer expects; closed when closed).
 */
async function readCaseFacts(db: ConsoleDatabase): Promise<CaseFact[]> {
  const [shops, incidents, returns, phone] = await Promise.all([
    db.shops.toArray(),
    db.incidents.toArray(),
    db.returns.toArray(),
    db.phoneComplaints.toArray(),
  ]);
  const marketOf = new Map(shops.map((s) => [s.id, s.market]));
  const productOfLine = new Map<string, string>();
  const facts: CaseFact[] = [];
  for (const incident of incidents) {
    const line = orderLineSchema.safeParse((incident.raw as { line?: unknown } | null)?.line);
    const product = line.success ? line.data.product_title : '';
    productOfLine.set(`${incident.shopId}\u0000${incident.orderId}\u0000${incident.lineId}`, product);
    const open = incident.state === 'INCIDENT_OPEN';
    facts.push({
      key: `incident:${incident.shopId}:${incident.orderId}/${incident.lineId}`,
      shopId: incident.shopId,
      market: marketOf.get(incident.shopId) ?? '',
      category: incident.reasonCode ?? '',
      product,
      openedAt: line.success ? line.data.last_updated_date : incident.dateUpdated,
      resolvedAt: open ? null : incident.dateUpdated,
    });
  }
  for (const ret of returns) {
    const parsed = returnSchema.safeParse(ret.raw);
    const raw = parsed.success ? parsed.data : null;
    const firstLine = raw?.return_lines[0];
    const closed = ret.state === 'CLOSED' || ret.state === 'REFUSED' || ret.state === 'CANCELED';
    facts.push({
      key: `return:${ret.shopId}:${ret.id}`,
      shopId: ret.shopId,
      market: marketOf.get(ret.shopId) ?? '',
      category: raw?.reason_code ?? firstLine?.reason_code ?? '',
      product: productOfLine.get(`${ret.shopId}\u0000${ret.orderId ?? ''}\u0000${firstLine?.order_line_id ?? ''}`) ?? '',
      openedAt: raw?.date_created ?? ret.dateUpdated,
      resolvedAt: closed ? ret.dateUpdated : null,
    });
  }
  for (const p of phone)
    facts.push({
      key: `phone-complaint:${p.shopId}:${p.id}`,
      shopId: p.shopId,
      market: marketOf.get(p.shopId) ?? '',
      category: p.expectation,
      product: p.product,
      openedAt: p.createdAt,
      resolvedAt: p.closedAt ?? null,
    });
  return facts.filter((f) => f.market !== '');
}

/** Absence notices per shop: the file-by day, and the day the notice went into the outbox (filed), if it did. */
async function readNoticeFacts(db: ConsoleDatabase): Promise<ReportFacts['notices']> {
  const absences = await db.absences.toArray();
  const ids = absences.flatMap((a) => a.shops.flatMap((s) => (s.noticeItemId ? [s.noticeItemId] : [])));
  const items = ids.length > 0 ? await db.outbox.where('id').anyOf(ids).toArray() : [];
  const filedOn = new Map(items.map((item) => [item.id, item.createdAt.slice(0, 10)]));
  return absences.flatMap((a) =>
    a.droppedAt && !a.shops.some((s) => s.noticeItemId)
      ? []
      : a.shops.map((s) => ({
          shopId: s.shopId,
          market: s.market,
          fileBy: s.fileBy,
          filedOn: s.noticeItemId ? (filedOn.get(s.noticeItemId) ?? null) : null,
        })),
  );
}

/** The labels of the incident reason codes (RE11, RE12) the cache holds, by code (the first shop's label wins). */
export async function reasonLabels(db: ConsoleDatabase): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const r of await db.reasons.toArray()) if (!labels.has(r.code)) labels.set(r.code, r.label);
  return labels;
}
