import { threadSchema } from '../../shared/mirakl';
import { threadRecords, type ThreadRecords } from '../../renderer/src/sync/thread-records';

/**
 * A thread as the sync engine would store it (through threadRecords, so derived fields are real),
 * for the data and inbox tests. `buyer`, `order`, `topic` and `messages` shape what search finds;
 * `lastSender` and `lastAt` what unread marks see; `replyNeededSince` the deadline.
 */
export function storedThread(options: {
  shopId?: string;
  market?: string;
  id: string;
  buyer?: string;
  order?: { id: string; label: string };
  topic?: { type: 'FREE_TEXT' | 'REASON_CODE'; value: string };
  messages?: string[];
  lastSender?: 'CUSTOMER_USER' | 'SHOP_USER' | 'OPERATOR_USER';
  lastAt?: string;
  replyNeededSince?: string | null;
  operator?: boolean;
}): ThreadRecords {
  const shop = { display_name: 'Elektro-Dom', id: '2001', type: 'SHOP' };
  const buyer = { display_name: options.buyer ?? 'Anna Nowak', id: `c-${options.id}`, type: 'CUSTOMER' };
  const participants = options.operator ? [shop, buyer, { display_name: 'Support', type: 'OPERATOR' }] : [shop, buyer];
  const lastAt = options.lastAt ?? '2026-11-20T09:30:00Z';
  const sender = options.lastSender ?? 'CUSTOMER_USER';
  const thread = threadSchema.parse({
    authorized_participants: participants,
    current_participants: [shop, buyer],
    date_created: '2026-11-20T08:00:00Z',
    date_updated: lastAt,
    entities: options.order ? [{ ...options.order, type: 'MMP_ORDER' }] : [],
    id: options.id,
    metadata: {
      last_message_date: lastAt,
      last_sender: { display_name: 'x', type: sender },
      shop_reply_needed_since: options.replyNeededSince === undefined ? (sender === 'SHOP_USER' ? null : lastAt) : options.replyNeededSince,
      total_count: (options.messages ?? []).length,
    },
    topic: options.topic ?? { type: 'FREE_TEXT', value: 'Pytanie' },
    messages: (options.messages ?? []).map((body, i) => ({
      body,
      date_created: lastAt,
      from: { display_name: buyer.display_name, type: 'CUSTOMER_USER' },
      id: `${options.id}-m${String(i).padStart(4, '0')}`,
      to: [shop],
    })),
  });
  return threadRecords(options.shopId ?? 'demo-2001', options.market ?? 'PL', thread);
}
