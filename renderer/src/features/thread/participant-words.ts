/** The seller's words for the authors and participants of a thread (the records carry Mirakl's types). */
import type { ThreadParticipantRecord } from '../../data/records';

const senderLabels: Record<string, string> = { customer: 'Buyer', shop: 'You', operator: 'Platform' };

/**
 * The CSS class suffix of a message author: Mirakl types message authors CUSTOMER_USER,
 * SHOP_USER, OPERATOR_USER while participants are CUSTOMER, SHOP, OPERATOR; both map to
 * customer / shop / operator, so `from-customer` etc. work for either.
 */
export function senderClass(fromType: string): string {
  return fromType.replace(/_USER$/, '').toLowerCase() || 'unknown';
}

/** The seller's word for an author or participant type ("Buyer", "You", "Platform"). */
export function senderLabel(type: string): string {
  const key = senderClass(type);
  return senderLabels[key] ?? type;
}

/**
 * Each participant's name and role as the header lists them ("Anna K." Buyer, "Elektro-Dom" You);
 * a nameless one is named by its role. Names stay apart from the roles so the view can isolate each.
 */
export function participantLabels(participants: readonly ThreadParticipantRecord[]): { name: string; role: string }[] {
  return participants.map((p) => ({ name: p.name || senderLabel(p.type), role: senderLabel(p.type) }));
}
