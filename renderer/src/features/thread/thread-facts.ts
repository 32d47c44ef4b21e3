/**
 * Small readings of a cached thread that the thread view and the composer share. ThreadRecord.raw
 * is the thread as the marketplace sent it (validated by the sync engine), read here defensively:
 * a field missing from an older cache entry must never break the view.
 */

/** A participant as the view lists it. */
export interface ParticipantView {
  type: string;
  name: string;
}

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

function participantList(raw: unknown, field: 'current_participants' | 'authorized_participants'): ParticipantView[] {
  if (!raw || typeof raw !== 'object') return [];
  const list = (raw as Record<string, unknown>)[field];
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return [];
    const { type, display_name: name } = p as { type?: unknown; display_name?: unknown };
    return typeof type === 'string' ? [{ type, name: typeof name === 'string' ? name : '' }] : [];
  });
}

/** Who takes part in the thread now (Mirakl `current_participants`). */
export function currentParticipants(raw: unknown): ParticipantView[] {
  return participantList(raw, 'current_participants');
}

/** Who may take part (Mirakl `authorized_participants`): decides whom the shop may write to. */
export function authorizedParticipants(raw: unknown): ParticipantView[] {
  return participantList(raw, 'authorized_participants');
}

/**
 * Each participant's name and role as the header lists them ("Anna K." Buyer, "Elektro-Dom" You);
 * a nameless one is named by its role. Names stay apart from the roles so the view can isolate each.
 */
export function participantLabels(participants: readonly ParticipantView[]): { name: string; role: string }[] {
  return participants.map((p) => ({ name: p.name || senderLabel(p.type), role: senderLabel(p.type) }));
}
