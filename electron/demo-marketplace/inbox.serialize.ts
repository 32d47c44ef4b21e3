import { isoSeconds, type MessageRecord, type Party, type ShopRecord, type ThreadRecord } from './model';

/** How many messages M11 embeds per thread with `with_messages=true` (the last ones). */
export const M11_MESSAGES_PER_THREAD = 100;

const senderTypes: Record<Party, string> = { CUSTOMER: 'CUSTOMER_USER', SHOP: 'SHOP_USER', OPERATOR: 'OPERATOR_USER' };

function participant(party: Party, thread: ThreadRecord, shop: ShopRecord): Record<string, string> {
  if (party === 'SHOP') return { display_name: shop.name, id: String(shop.id), type: 'SHOP' };
  // Mirakl returns no id for the operator.
  if (party === 'OPERATOR') return { display_name: shop.bank.operatorName, type: 'OPERATOR' };
  return { display_name: thread.customer?.name ?? '', id: thread.customer?.id ?? '', type: 'CUSTOMER' };
}

/** The parties the shop may address in `thread` (M12 `to`): never itself; not the buyer once the operator took over. */
export function allowedRecipients(thread: ThreadRecord): Party[] {
  if (!thread.customer) return ['OPERATOR'];
  return thread.takenOver ? ['OPERATOR'] : ['CUSTOMER', 'OPERATOR'];
}

function authorized(thread: ThreadRecord): Party[] {
  if (!thread.customer) return ['SHOP', 'OPERATOR'];
  return thread.takenOver ? ['SHOP', 'CUSTOMER', 'OPERATOR'] : ['SHOP', 'CUSTOMER'];
}

function current(thread: ThreadRecord): Party[] {
  const seen = new Set<Party>();
  for (const m of thread.messages) {
    seen.add(m.from);
    for (const t of m.to) seen.add(t);
  }
  return (['SHOP', 'CUSTOMER', 'OPERATOR'] as const).filter((p) => seen.has(p));
}

function message(m: MessageRecord, thread: ThreadRecord, shop: ShopRecord): Record<string, unknown> {
  return {
    attachments: m.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size })),
    body: m.body,
    date_created: isoSeconds(m.date),
    from: { display_name: m.fromName, organization_details: participant(m.from, thread, shop), type: senderTypes[m.from] },
    id: m.id,
    to: m.to.map((p) => participant(p, thread, shop)),
  };
}

/**
 * A thread as M10 (`messages: 'all'`) or M11 (`'last-100'` with `with_messages`, `'none'` without)
 * serve it. Field order follows the spec so payloads read like Mirakl's.
 */
export function serializeThread(thread: ThreadRecord, shop: ShopRecord, messages: 'all' | 'last-100' | 'none'): Record<string, unknown> {
  const last = thread.messages[thread.messages.length - 1] as MessageRecord;
  const out: Record<string, unknown> = {
    authorized_participants: authorized(thread).map((p) => participant(p, thread, shop)),
    current_participants: current(thread).map((p) => participant(p, thread, shop)),
    date_created: isoSeconds(thread.created),
    date_updated: isoSeconds(thread.updated),
    entities: [{ id: thread.entity.id, label: thread.entity.label, type: thread.entity.type }],
    id: thread.id,
  };
  if (messages !== 'none') {
    const list = messages === 'all' ? thread.messages : thread.messages.slice(-M11_MESSAGES_PER_THREAD);
    out.messages = list.map((m) => message(m, thread, shop));
  }
  out.metadata = {
    last_message_date: isoSeconds(last.date),
    last_sender: { display_name: last.fromName, organization_details: participant(last.from, thread, shop), type: senderTypes[last.from] },
    shop_reply_needed_since: thread.replyNeededSince === null ? null : isoSeconds(thread.replyNeededSince),
    total_count: thread.messages.length,
  };
  if (messages !== 'none')
    out.no_store_reply_needed = thread.noReplyNeeded.map((n) => ({ date: isoSeconds(n.date), user_type: n.userType }));
  out.topic = { type: thread.topic.type, value: thread.topic.value };
  return out;
}
