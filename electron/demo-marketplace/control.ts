import type { IncomingHttpHeaders } from 'node:http';
import { describeIssues } from '../../shared/validation';
import { hasHostIn, isFromAnotherOrigin, loopbackHosts } from '../http/loopback-origin';
import { appendBuyerMessage, buyerMessageRequest } from './buyer-pace';
import { caseActivityRequest, openIncident, requestReturn, type CaseActivityTarget } from './case-activity';
import type { FaultEngine } from './faults';
import { MiraklHttpError, errorReply, json, parseJsonBody, type DemoReply } from './http-types';
import type { MarketplaceState } from './state';

/** One entry of the request log (`GET /__control/requests`). */
export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  operation: string | null;
  /** The status answered; 0 when the connection was destroyed without an answer. */
  status: number;
  fault: string | null;
  time: string;
}

/** The request log, capped so an "alive" demo running for days does not grow without bound. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];

  constructor(private readonly cap = 20_000) {}

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.cap) this.entries.splice(0, this.entries.length - this.cap);
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

/** Whether `path` belongs to the control surface. */
export function isControlPath(path: string): boolean {
  return path === '/__control' || path.startsWith('/__control/');
}

/**
 * Why a request may not use the control surface, or null when it may. The surface changes what
 * buyers say, so only this machine's test code may call it: the Host must be a loopback name with
 * the server's `port` (no DNS rebinding), and a browser request from any other page (an Origin that
 * is not the demo's own, or `Sec-Fetch-Site` cross-site/same-site, e.g. a no-cors POST from a page on
 * another local port) is refused. Node, curl and Playwright's request fixture send neither header.
 */
export function controlRefusal(headers: IncomingHttpHeaders, port: number): string | null {
  if (!hasHostIn(headers, loopbackHosts(port))) return 'The control surface answers only on 127.0.0.1, localhost or [::1] at its own port.';
  const site = headers['sec-fetch-site'];
  if (isFromAnotherOrigin(headers) || site === 'cross-site' || site === 'same-site') {
    return 'The control surface refuses requests from web pages of other origins.';
  }
  return null;
}

/**
 * Answers the `/__control/*` surface (only mounted with `faults: true`): fault rules, buyer
 * messages, new returns and incidents (case-activity.ts), reset of the seeded data, the request log. Returns null for other paths.
 */
export function handleControl(
  method: string,
  path: string,
  body: Buffer,
  deps: { state: MarketplaceState; faults: FaultEngine; log: RequestLog; restartPace: () => void },
): DemoReply | null {
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /__control/faults':
      return json(200, deps.faults.list());
    case 'PUT /__control/faults':
      deps.faults.set(parseJsonBody(body));
      return json(200, deps.faults.list());
    case 'DELETE /__control/faults':
      deps.faults.clear();
      return { status: 204 };
    case 'POST /__control/buyer-message': {
      const parsed = buyerMessageRequest.safeParse(parseJsonBody(body));
      if (!parsed.success) {
        const issues = describeIssues(parsed.error.issues, { limit: Infinity });
        throw new MiraklHttpError(
          400,
          `Expected { "threadId": string, "body": string, "attachments"?: [{ "name", "contentType", "text" }], "customerName"?: string, "topic"?: string }: ${issues}`,
        );
      }
      const { threadId, body: text, ...extras } = parsed.data;
      const thread = deps.state.data.threads.get(threadId);
      if (!thread) throw new MiraklHttpError(404, `Thread ${threadId} not found`);
      const message = appendBuyerMessage(deps.state, thread, text, extras);
      return json(201, { thread_id: thread.id, message_id: message.id });
    }
    case 'POST /__control/new-return': {
      const created = requestReturn(deps.state, caseTarget(body), deps.state.caseRng);
      return json(201, { return_id: created.id, order_id: created.order_id, last_updated: created.last_updated });
    }
    case 'POST /__control/open-incident': {
      const { order, line } = openIncident(deps.state, caseTarget(body), deps.state.caseRng);
      return json(201, { order_id: order.order_id, order_line_id: line.order_line_id, reason_code: line.order_line_state_reason_code });
    }
    case 'POST /__control/reset':
      deps.state.reset();
      deps.restartPace();
      return { status: 204 };
    case 'GET /__control/requests':
      return json(200, { requests: deps.log.list() });
    case 'DELETE /__control/requests':
      deps.log.clear();
      return { status: 204 };
    default:
      return path.startsWith('/__control') ? errorReply(404, `Unknown control endpoint: ${route}`) : null;
  }
}

/** The body of a case-activity request (an empty body names the defaults); 400 when it is not one. */
function caseTarget(body: Buffer): CaseActivityTarget {
  const parsed = caseActivityRequest.safeParse(body.length === 0 ? {} : parseJsonBody(body));
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues, { limit: Infinity });
    throw new MiraklHttpError(400, `Expected { "shopId"?: number, "orderId"?: string }: ${issues}`);
  }
  return parsed.data;
}
