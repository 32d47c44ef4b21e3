import { describeIssues } from '../../../../shared/validation';
import { operations, type Account } from '../../../../shared/mirakl';
import type { WriteAnswer } from '../../api/platform';
import type { StatusUpdatePayload } from '../../data/records';
import { type Acceptance, type OutboxHandler } from './outbox-handler';

/** A02 fields that A01 shows back, and where A01 shows them. */
const comparable: readonly (readonly [keyof StatusUpdatePayload & string, (account: Account) => unknown])[] = [
  ['closed_from', (a) => a.closed_from],
  ['closed_to', (a) => a.closed_to],
  ['shop_name', (a) => a.shop_name],
  ['description', (a) => a.description],
  ['return_policy', (a) => a.return_policy],
  ['is_professional', (a) => a.is_professional],
  ['email', (a) => a.contact_informations.email],
  ['web_site', (a) => a.contact_informations.web_site],
];
/** A02 `address` fields that A01 shows under the same name in `contact_informations`. */
const addressFields = ['city', 'firstname', 'lastname', 'street1', 'street2', 'zip_code', 'phone', 'state'] as const;

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
export function accountShowsUpdate(update: StatusUpdatePayload, account: Account): boolean {
  let compared = 0;
  for (const [field, shown] of comparable) {
    if (!(field in update)) continue;
    compared += 1;
    if (!sameValue(update[field], shown(account))) return false;
  }
  const address = update.address ?? {};
  for (const field of addressFields) {
    if (!(field in address)) continue;
    compared += 1;
    if (!sameValue(address[field], account.contact_informations[field])) return false;
  }
  return compared > 0;
}

/**
 * Reads A02's 200 answer: per-field `errors` (fields the operator does not let shops edit) are a
 * refusal in the marketplace's words; none (or no body) is a delivery; an unreadable body leaves it unknown.
 */
export function accountUpdateAcceptance(answer: WriteAnswer<'A02'>): Acceptance {
  if (!answer.readable) return { outcome: 'unknown', message: "The marketplace's answer could not be read." };
  const errors = answer.body?.errors ?? [];
  if (errors.length === 0) return { outcome: 'delivered' };
  const reasons = errors.map((e) => e.message || `${e.field} cannot be changed`).join('; ');
  return {
    outcome: 'refused',
    code: errors[0]?.code || 'FIELD_NOT_EDITABLE',
    message: `The marketplace did not take every change: ${reasons}.`,
  };
}

/**
 * A change of the shop's information, typically its closing dates while the seller is away: A02
 * `PUT api/account` with the payload as the body. Changes of one shop keep their order (a later
 * change must not be overtaken by an earlier one sent again). Read-back: A01, comparing what it
 * shows (accountShowsUpdate).
 */
export const statusUpdateHandler: OutboxHandler<'status-update'> = {
  noun: 'shop status update',
  createsMessage: false,
  orderKey: (item) => `account\u0000${item.shopId}`,
  check(item) {
    const parsed = operations.A02.body.schema.safeParse(item.payload);
    return parsed.success ? null : `This shop status update cannot be sent as it is (${describeIssues(parsed.error.issues)}).`;
  },
  request: (item) => ({ code: 'A02', input: { body: item.payload } }),
  accept: (_item, answer) => accountUpdateAcceptance(answer),
  async readBack(item, context) {
    return accountShowsUpdate(item.payload, await context.read('A01', {})) ? { found: true } : { found: false };
  },
};
