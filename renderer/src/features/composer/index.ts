/**
 * Writing a reply: the composer under a thread, and the pieces the outbox's "edit and retry" of a
 * refused reply shares with it, so both offer the same recipients and apply the same checks.
 */
export { Composer } from './Composer';
export { RecipientPicker } from './RecipientPicker';
export { noReplyReason, recipientsFor, replyOptions, type RecipientType, type ReplyOptions } from './reply-options';
export { checkReply, type ReplyCheck } from './reply-validation';
export { findingWords, guardRefusal } from './guard-text';
