import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { authenticate } from './auth';
import { controlRefusal, handleControl, isControlPath, type RequestLog } from './control';
import { violateSchema, type FaultEngine } from './faults';
import { MiraklHttpError, errorReply, type DemoReply } from './http-types';
import type { PageTokens } from './page-token';
import { matchRoute } from './routes';
import type { MarketplaceState } from './state';

/** Requests larger than this are refused (Mirakl: 30 MB per message, plus multipart overhead). */
const MAX_BODY_BYTES = 40 * 1024 * 1024;

/** What the HTTP layer needs: the state, page tokens, faults (null = control surface off). */
export interface ServerDeps {
  state: MarketplaceState;
  tokens: PageTokens;
  faults: FaultEngine | null;
  restartPace: () => void;
}

/** The answer to a request that failed: a MiraklHttpError as its status and message, anything else as a 500. */
function failureReply(error: unknown): DemoReply {
  if (error instanceof MiraklHttpError) return errorReply(error.status, error.message);
  return errorReply(500, error instanceof Error ? `Internal error: ${error.message}` : 'Internal error');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new MiraklHttpError(413, 'Request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function encode(reply: DemoReply): { headers: Record<string, string>; body: Buffer } {
  if (reply.bytes) return { headers: { ...reply.headers }, body: Buffer.from(reply.bytes) };
  if (reply.json === undefined) return { headers: { ...reply.headers }, body: Buffer.alloc(0) };
  return { headers: { 'content-type': 'application/json;charset=UTF-8', ...reply.headers }, body: Buffer.from(JSON.stringify(reply.json)) };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer, contentLength = body.length): void {
  res.writeHead(status, { ...headers, 'content-length': String(contentLength) });
  res.end(body);
}

/**
 * Creates the demo marketplace's HTTP server: `/api/...` operations of the subset (authenticated by
 * shop key), and `/__control/...` when faults are enabled (404 otherwise). Every request is logged.
 * `timers` collects pending latency timers so close() can cancel them.
 */
export function createMarketplaceServer(deps: ServerDeps, log: RequestLog, timers: Set<NodeJS.Timeout>): Server {
  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const path = url.pathname;
    const entry = {
      method,
      path,
      query: url.search,
      operation: null as string | null,
      status: 0,
      fault: null as string | null,
      time: new Date(deps.state.now()).toISOString(),
    };
    const answer = (reply: DemoReply): void => {
      const { headers, body: bytes } = encode(reply);
      entry.status = reply.status;
      send(res, reply.status, headers, bytes);
    };
    // Refused before its body is read: a page that may not use the control surface gets nothing done.
    const refusal = deps.faults && isControlPath(path) ? controlRefusal(req.headers, req.socket.localPort ?? 0) : null;
    if (refusal) {
      answer(errorReply(403, refusal));
      return;
    }
    const body = await readBody(req).catch((e: unknown) => e);
    if (!(body instanceof Buffer)) {
      answer(failureReply(body instanceof Error ? body : new MiraklHttpError(400, 'Unreadable request body')));
      return;
    }
    try {
      if (isControlPath(path)) {
        const reply = deps.faults
          ? handleControl(method, path, body, { state: deps.state, faults: deps.faults, log, restartPace: deps.restartPace })
          : null;
        answer(reply ?? errorReply(404, 'Not Found'));
        return;
      }
      log.add(entry);
      const match = matchRoute(method, path);
      if (!('code' in match)) {
        answer(errorReply(match.status, match.status === 404 ? 'Not Found' : 'Method Not Allowed'));
        return;
      }
      entry.operation = match.code;
      const decision = deps.faults?.decide(match.code, method, path) ?? { latencyMs: 0, fault: null };
      if (decision.latencyMs > 0) await delay(decision.latencyMs);
      const fault = decision.fault;
      entry.fault = fault?.fault ?? (decision.latencyMs > 0 ? 'latency' : null);
      if (fault?.fault === 'status') {
        const status = fault.status ?? 500;
        answer(errorReply(status, `Injected fault: ${status}`));
        return;
      }
      if (fault?.fault === 'rate-limit') {
        const retryAfter = fault.retryAfterSeconds ?? 1;
        answer({ ...errorReply(429, 'Too Many Requests'), headers: { 'retry-after': String(retryAfter) } });
        return;
      }
      if (fault?.fault === 'reset') {
        req.socket.destroy();
        return;
      }
      let reply: DemoReply;
      try {
        const shop = authenticate(deps.state.data.shops, req.headers.authorization, url.searchParams);
        reply = await match.handle(
          { method, params: match.params, query: url.searchParams, headers: req.headers, body, shop, state: deps.state },
          deps.tokens,
        );
      } catch (error) {
        if (!(error instanceof MiraklHttpError)) throw error;
        reply = errorReply(error.status, error.message);
      }
      if (fault?.fault === 'drop-after-commit') {
        entry.status = 0;
        req.socket.destroy();
        return;
      }
      if (fault?.fault === 'schema-violation') {
        reply = reply.bytes
          ? { status: reply.status, json: { unexpected: 'json instead of a file' } }
          : { ...reply, json: violateSchema(match.code, reply.json) };
      }
      if (fault?.fault === 'truncate') {
        const { headers, body: bytes } = encode(reply);
        const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
        entry.status = reply.status;
        send(res, reply.status, headers, cut);
        return;
      }
      answer(reply);
    } catch (error) {
      answer(failureReply(error));
    }
  }

  // Idle keep-alive sockets are kept a minute (Node's default is 5 s): a client that reuses one just
  // as the server closes it gets a reset, which clients that idle between calls (tests) hit often.
  return createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    void handle(req, res);
  });
}
