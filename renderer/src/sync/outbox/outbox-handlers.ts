import type { OutboxKind } from '../../data/records';
import { incidentResolutionHandler } from './incident-resolution.handler';
import type { OutboxHandler } from './outbox-handler';
import { operatorThreadHandler } from './operator-thread.handler';
import { replyHandler } from './reply.handler';
import { returnActionHandler } from './return-action.handler';
import { statusUpdateHandler } from './status-update.handler';

/**
 * The handler of every outbox kind. A Record over OutboxKind, so adding a kind to records.ts is a
 * compile error here until it has a handler: the sender never meets an item it cannot send.
 */
export const outboxHandlers: Readonly<Record<OutboxKind, OutboxHandler>> = {
  reply: replyHandler,
  'support-thread': operatorThreadHandler('message to marketplace support'),
  'absence-notice': operatorThreadHandler('absence notice'),
  'incident-resolution': incidentResolutionHandler,
  'return-action': returnActionHandler,
  'status-update': statusUpdateHandler,
};
