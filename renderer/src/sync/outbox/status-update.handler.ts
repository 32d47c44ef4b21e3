import { accountUpdateSchema } from '../../../../shared/mirakl';
import { describeIssue, record, records, text, type Acceptance, type OutboxHandler } from './outbox-handler';

/** A02 fields that A01 shows back, and where: [A02 field, A01 path]. */
const comparable: readonly (readonly [string, readonly string[]])[] = [
  ['closed_from', ['closed_from']],
  ['closed_to', ['closed_to']],
  ['shop_name', ['shop_name']],
  ['description', ['description']],
  ['return_policy', ['return_policy']],
  ['is_professional', ['is_professional']],
  ['email', ['contact_informations', 'email']],
  ['web_site', ['contact_informations', 'web_site']],
];
const addressFields = ['city', 'firstname', 'lastname', 'street1', 'street2', 'zip_code', 'phone', 'state'] as const;

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = record(current)[key];
  return current;
}

/** Absent, null and '' all mean "not set"; dates compare as instants (A01 drops milliseconds). */
function sameValue(wanted: unknown, shown: unknown): boolean {
  const unset = (v: unknown): boolean => v === undefined || v === null || v === '';
  if (unset(wanted) || unset(shown)) return unset(wanted) && unset(shown);
  if (typeof wanted === 'string' && typeof shown === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(wanted)) {
    return Math.floor(Date.parse(wanted) / 1000) === Math.floor(Date.parse(shown) / 1000);
  }
  return wanted === shown;
}

/**
 * Whether A01's account shows every change of an A02 payload that A01 can show (closing dates,
 * name, description, return policy, professional flag, e-mail, web site, contact address). A payload
 * with nothing A01 shows counts as not applied: A02 sets values (sending it again changes nothing
 * more), so the safe answer is to send it again.
 */
export function accountShowsUpdate(update: Record<string, unknown>, account: unknown): boolean {
  let compared = 0;
  for (const [field, path] of comparable) {
    if (!(field in update)) continue;
    compared += 1;
    if (!sameValue(update[field], at(account, path))) return false;
  }
  const address = record(update, 'address');
  for (const field of addressFields) {
    if (!(field in address)) continue;
    compared += 1;
    if (!sameValue(address[field], at(account, ['contact_informations', field]))) return false;
  }
  return compared > 0;
}

/**
 * Reads A02's 200 answer: per-field `errors` (fields the operator does not let shops edit) are a
 * refusal in the marketplace's words; none is a delivery; an unreadable body leaves it unknown.
 */
export function accountUpdateAcceptance(body: unknown): Acceptance {
  if (body === undefined) return { outcome: 'unknown', message: "The marketplace's answer could not be read." };
  const errors = records(body, 'errors');
  if (errors.length === 0) return { outcome: 'delivered' };
  const reasons = errors.map((e) => text(e.message) || `${text(e.field)} cannot be changed`).join('; ');
  return { outcome: 'refused', code: text(errors[0]?.code) || 'FIELD_NOT_EDITABLE', message: `The marketplace did not take every change: ${reasons}.` };
}

/**
 * A change of the shop's information, typically its closing dates while the seller is away: A02
 * `PUT api/account` with the payload as the body. Changes of one shop keep their order (a later
 * change must not be overtaken by an earlier one sent again). Read-back: A01, comparing what it
 * shows (accountShowsUpdate).
 */
export const statusUpdateHandler: OutboxHandler = {
  noun: 'shop status update',
  createsMessage: false,
  orderKey: (item) => `account\u0000${item.shopId}`,
  check(item) {
    const parsed = accountUpdateSchema.safeParse(item.payload);
    return parsed.success ? null : `This shop status update cannot be sent as it is (${describeIssue(parsed.error.issues)}).`;
  },
  request: (item) => ({ method: 'PUT', path: 'api/account', json: item.payload }),
  accept: (_item, answer) => accountUpdateAcceptance(answer.body),
  async readBack(item, context) {
    return accountShowsUpdate(item.payload, await context.read('api/account')) ? { found: true } : { found: false };
  },
};
