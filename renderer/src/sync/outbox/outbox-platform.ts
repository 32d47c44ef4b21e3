import type { Platform } from '../../api/platform';

/**
 * The marketplace as the outbox sees it: typed writes of the handlers' operations and typed reads
 * for their read-backs, so every kind of item goes through the same sender and only its handler
 * knows the Mirakl operation. The app passes the renderer's one platform client (api/platform.ts);
 * the HTTP tests pass it too, over the demo marketplace with faults, and the sender's unit tests a
 * scripted marketplace. `options.signal` aborts a request (the outcome of an aborted write is unknown).
 */
export type OutboxPlatform = Pick<Platform, 'write' | 'call'>;
