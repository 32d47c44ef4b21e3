/** The inbox: every connected shop's threads from the offline cache, what waits for a reply first. */
export { ThreadList } from './ThreadList';
export { useInboxSelection, sameThread, type ThreadKey } from './selection.store';
