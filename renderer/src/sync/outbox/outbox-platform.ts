import type { OutboxItem } from '../../data/records';
import type { ReadBackMessage } from './delivery-check';

/**
 * The marketplace as the outbox sees it. Implemented over the gateway with ky in the app, and over
 * the same HTTP in tests (against the demo marketplace with faults); a method that fails throws
 * SendFailureError.
 */
export interface OutboxPlatform {
  /** Sends a reply (M12, multipart with attachments). Resolves with the new message's id when given. */
  sendReply(item: OutboxItem): Promise<{ messageId: string | null }>;
  /** Reads a thread's messages back (M10) for the delivery check. */
  readThreadMessages(shopId: string, threadId: string): Promise<ReadBackMessage[]>;
}
