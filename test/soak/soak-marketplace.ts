// What the soak asks of the marketplace side: the demo's control surface (faults, buyer messages,
// request log) and the marketplace's own view of the threads, read through the console's gateway
// (with the console's header) as outbox.spec.ts and sync.spec.ts read it.

/** The demo shops as the console names them. */
export const shopIds = ['demo-2001', 'demo-2002', 'demo-2003', 'demo-2004'] as const;

export interface MarketThread {
  shopId: string;
  id: string;
  dateUpdated: string;
  totalCount: number;
  /** The buyer is among the authorized participants (the demo accepts buyer messages there). */
  hasBuyer: boolean;
  /** The shop may write to the buyer: a buyer thread the operator has not taken over. */
  answerable: boolean;
}

interface M11Thread {
  id: string;
  date_updated: string;
  authorized_participants: { type: string }[];
  metadata: { total_count: number };
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operation: string | null;
  status: number;
  fault: string | null;
  /** When the request arrived (ISO, the demo's clock: this machine's). */
  time: string;
}

/** A failed HTTP answer, with what was asked (the soak prints it). */
async function ensureOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

export class SoakMarketplace {
  constructor(
    private readonly consoleUrl: string,
    private readonly demoUrl: string,
  ) {}

  async setFaults(rules: Record<string, unknown>[]): Promise<void> {
    const response = await fetch(`${this.demoUrl}/__control/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules }),
    });
    await ensureOk(response, 'PUT /__control/faults');
  }

  async clearFaults(): Promise<void> {
    await ensureOk(await fetch(`${this.demoUrl}/__control/faults`, { method: 'DELETE' }), 'DELETE /__control/faults');
  }

  /** A buyer writes `body` in the thread now (control surface: never subject to the faults). */
  async buyerMessage(threadId: string, body: string): Promise<void> {
    const response = await fetch(`${this.demoUrl}/__control/buyer-message`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ threadId, body }),
    });
    await ensureOk(response, `POST /__control/buyer-message ${threadId}`);
  }

  /** The demo's log of /api requests (capped at 20,000 entries by the demo). */
  async requests(): Promise<RequestLogEntry[]> {
    const response = await ensureOk(await fetch(`${this.demoUrl}/__control/requests`), 'GET /__control/requests');
    return ((await response.json()) as { requests: RequestLogEntry[] }).requests;
  }

  private gateway(path: string): Promise<Response> {
    return fetch(`${this.consoleUrl}/platform/${path}`, { headers: { 'x-console-request': '1', accept: 'application/json' } });
  }

  /** Every thread of every shop as the marketplace lists it now (M11, seek pages of 100). */
  async threads(): Promise<MarketThread[]> {
    const all: MarketThread[] = [];
    for (const shopId of shopIds) {
      let token: string | undefined;
      // Bounded: the demo holds a few hundred threads; 100 pages would be 10,000.
      for (let page = 0; page < 100; page++) {
        const query = token ? `page_token=${encodeURIComponent(token)}` : 'limit=100';
        const response = await ensureOk(await this.gateway(`${shopId}/api/inbox/threads?${query}`), `M11 ${shopId}`);
        const body = (await response.json()) as { data: M11Thread[]; next_page_token?: string | null };
        for (const t of body.data) {
          const types = new Set(t.authorized_participants.map((p) => p.type));
          all.push({
            shopId,
            id: t.id,
            dateUpdated: t.date_updated,
            totalCount: t.metadata.total_count,
            hasBuyer: types.has('CUSTOMER'),
            // Taken over: the operator joins the authorized participants and the buyer cannot be written to.
            answerable: types.has('CUSTOMER') && !types.has('OPERATOR'),
          });
        }
        token = body.next_page_token ?? undefined;
        if (!token) break;
      }
    }
    return all;
  }

  /** The shop's messages in the thread at the marketplace (M10), keyed by body, counted. */
  async shopMessageBodies(shopId: string, threadId: string): Promise<Map<string, number>> {
    const response = await ensureOk(await this.gateway(`${shopId}/api/inbox/threads/${threadId}`), `M10 ${shopId}/${threadId}`);
    const thread = (await response.json()) as { messages: { body: string; from: { type: string } }[] };
    const counts = new Map<string, number>();
    for (const m of thread.messages) if (m.from.type === 'SHOP_USER') counts.set(m.body, (counts.get(m.body) ?? 0) + 1);
    return counts;
  }
}

/**
 * The fault bursts, used in turn, one a minute. Each is what a marketplace under strain does: 5xx
 * on the read and write paths, connections reset, writes stored whose answer never arrives, answers
 * slower than the gateway's 30 s timeout, and rate limiting with Retry-After. None of them refuses a
 * reply for good (a 4xx would park it, and the seller would have to act), so every reply must still
 * arrive exactly once.
 */
export const faultBursts: { name: string; rules: Record<string, unknown>[] }[] = [
  {
    name: '503 on M12 and M11',
    rules: [
      { operation: 'M12', fault: 'status', status: 503 },
      { operation: 'M11', fault: 'status', status: 503 },
    ],
  },
  {
    name: 'connections reset (M11, M12, M10)',
    rules: [
      { operation: 'M11', fault: 'reset' },
      { operation: 'M12', fault: 'reset' },
      { operation: 'M10', fault: 'reset' },
    ],
  },
  {
    name: 'M12 stored but answer dropped, slow M10',
    rules: [
      { operation: 'M12', fault: 'drop-after-commit' },
      { operation: 'M10', fault: 'latency', ms: 2_000 },
    ],
  },
  {
    name: 'M12 past the gateway timeout (35 s), slow M11',
    rules: [
      { operation: 'M12', fault: 'latency', ms: 35_000, times: 2 },
      { operation: 'M11', fault: 'latency', ms: 8_000 },
    ],
  },
  {
    name: '429 with Retry-After 5 s (M11, M12, M10)',
    rules: [
      { operation: 'M11', fault: 'rate-limit', retryAfterSeconds: 5 },
      { operation: 'M12', fault: 'rate-limit', retryAfterSeconds: 5 },
      { operation: 'M10', fault: 'rate-limit', retryAfterSeconds: 5 },
    ],
  },
  {
    name: 'mixed at 50 %: M11 503, M12 drop-after-commit, M10 reset',
    rules: [
      { operation: 'M11', fault: 'status', status: 503, probability: 0.5 },
      { operation: 'M12', fault: 'drop-after-commit', probability: 0.5 },
      { operation: 'M10', fault: 'reset', probability: 0.5 },
    ],
  },
];
