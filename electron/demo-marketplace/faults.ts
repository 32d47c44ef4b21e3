import { z } from 'zod';
import { describeIssues } from '../../shared/validation';
import { MiraklHttpError } from './http-types';
import { Rng } from './seed/prng';

/** The fault kinds the control surface can inject (see README). */
export const faultKinds = ['latency', 'status', 'rate-limit', 'reset', 'drop-after-commit', 'truncate', 'schema-violation'] as const;
export type FaultKind = (typeof faultKinds)[number];

/** `PUT /__control/faults` body rule. */
export const faultRuleSchema = z.strictObject({
  operation: z.string().optional(),
  method: z.string().optional(),
  path: z.string().optional(),
  fault: z.enum(faultKinds),
  ms: z.number().int().min(0).max(120_000).optional(),
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  times: z.number().int().min(1).optional(),
  probability: z.number().min(0).max(1).optional(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

interface ActiveRule {
  rule: FaultRule;
  path: RegExp | null;
  remaining: number | null;
  applied: number;
}

/** What to do to one request: a delay, and at most one non-latency fault. */
export interface FaultDecision {
  latencyMs: number;
  fault: FaultRule | null;
}

/**
 * The active fault rules. Each request is checked against the rules in order: every matching
 * latency rule adds its delay, the first matching other rule is the request's fault. A rule with
 * `times` applies to that many matching requests; `probability` draws from a seeded generator so
 * a test run is repeatable.
 */
export class FaultEngine {
  private rules: ActiveRule[] = [];
  private rng: Rng;

  constructor(private readonly seed: number) {
    this.rng = new Rng(seed ^ 0xfa17fa17);
  }

  /** Replaces the rules (400 when one is invalid); restarts the probability sequence. */
  set(input: unknown): void {
    const parsed = z.strictObject({ rules: z.array(faultRuleSchema) }).safeParse(input);
    if (!parsed.success) throw new MiraklHttpError(400, `Invalid fault rules: ${describeIssues(parsed.error.issues, { limit: Infinity })}`);
    this.rules = parsed.data.rules.map((rule) => {
      let path: RegExp | null = null;
      if (rule.path !== undefined) {
        try {
          path = new RegExp(rule.path);
        } catch {
          throw new MiraklHttpError(400, `Invalid path regex: ${rule.path}`);
        }
      }
      return { rule, path, remaining: rule.times ?? null, applied: 0 };
    });
    this.rng = new Rng(this.seed ^ 0xfa17fa17);
  }

  /** Removes every rule. */
  clear(): void {
    this.rules = [];
  }

  /** The rules with how many more requests each applies to (null = unlimited) and how many it hit. */
  list(): { rules: (FaultRule & { remaining: number | null; applied: number })[] } {
    return { rules: this.rules.map((r) => ({ ...r.rule, remaining: r.remaining, applied: r.applied })) };
  }

  /** Decides the faults of one request, consuming the `times` of the rules that apply. */
  decide(operation: string | null, method: string, path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, fault: null };
    for (const active of this.rules) {
      const { rule } = active;
      if (active.remaining === 0) continue;
      if (rule.operation !== undefined && rule.operation !== operation) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (active.path && !active.path.test(path)) continue;
      if (rule.fault !== 'latency' && decision.fault) continue;
      if (rule.probability !== undefined && this.rng.next() >= rule.probability) continue;
      if (active.remaining !== null) active.remaining--;
      active.applied++;
      if (rule.fault === 'latency') decision.latencyMs += rule.ms ?? 1000;
      else decision.fault = rule;
    }
    return decision;
  }
}

/**
 * A copy of a response body that breaks the operation's schema the way a buggy platform release
 * might: an id sent as a number, a required date missing, an array replaced by an object. The
 * console's sync must quarantine such payloads rather than store them.
 */
export function violateSchema(operation: string | null, body: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(body ?? {})) as Record<string, unknown>;
  const firstOf = (key: string): Record<string, unknown> | undefined =>
    Array.isArray(copy[key]) ? (copy[key] as Record<string, unknown>[])[0] : undefined;
  if (operation === 'M11' || operation === 'RT11') {
    const item = firstOf('data');
    if (!item) return { ...copy, data: { unexpected: 'object instead of an array' } };
    item.id = 404_404;
    const messages = item.messages as Record<string, unknown>[] | undefined;
    if (messages?.[0]) delete messages[0].date_created;
    if (operation === 'M11') delete (item.metadata as Record<string, unknown> | undefined)?.total_count;
    return copy;
  }
  if (operation === 'M10') {
    copy.id = 404_404;
    const messages = copy.messages as Record<string, unknown>[] | undefined;
    if (messages?.[0]) delete messages[0].date_created;
    return copy;
  }
  if (operation === 'OR11') {
    const order = firstOf('orders');
    if (!order) return { ...copy, orders: 'not-an-array' };
    order.order_id = 404_404;
    delete order.created_date;
    return copy;
  }
  if (operation === 'RE11' || operation === 'RE12') return { ...copy, reasons: [{ code: 404, label: null }] };
  if (operation === 'A01') return { ...copy, shop_id: 'not-a-number', date_created: 'yesterday' };
  if (operation === 'A02') return { errors: 'not-an-array' };
  if (operation?.startsWith('RT2')) return { return_success: 'not-an-array', return_errors: 42 };
  // M12, M14, OR43 and anything else: ids as numbers.
  return { ...copy, message_id: 404_404, thread_id: 404_404 };
}
