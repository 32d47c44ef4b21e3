import { incidentResolutionHandler } from './incident-resolution.handler';
import type { OutboxHandlers } from './outbox-handler';
import { operatorThreadHandler } from './operator-thread.handler';
import { orderThreadHandler } from './order-thread.handler';
import { replyHandler } from './reply.handler';
import { returnActionHandler } from './return-action.handler';
import { statusUpdateHandler } from './status-update.handler';

/**
 * The handler of every outbox kind, each typed for its kind's payload and operation. Keyed by every
 * OutboxKind (see OutboxHandlers), so adding a kind to records.ts is a compile error here until it
 * has a handler: the sender never meets an item it cannot send.
 */
export const outboxHandlers: OutboxHandlers = {
  reply: replyHandler,
  'support-thread': operatorThreadHandler('message to marketplace support'),
  'absence-notice': operatorThreadHandler('absence notice'),
  'incident-resolution': incidentResolutionHandler,
  'return-action': returnActionHandler,
  'status-update': statusUpdateHandler,
  'order-thread': orderThreadHandler,
};
