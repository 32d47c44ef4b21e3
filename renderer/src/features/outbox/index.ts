/**
 * What the seller wrote that is not among the thread's messages yet: the rows under a thread, the
 * list of refused replies across threads, and the readings of an outbox item the thread view needs.
 */
export { ParkedList } from './ParkedList';
export { ThreadOutbox } from './ThreadOutbox';
export { isUnsentToBuyer, reflectedMessageId, threadOutboxRows } from './outbox-status';
