/** One thread as the offline cache holds it: messages, notices, the seller's unsent replies, and the composer. */
export { ThreadView } from './ThreadView';
