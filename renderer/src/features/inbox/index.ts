/** The inbox: every connected shop's threads from the offline cache, searched, filtered, grouped and sorted. */
export { ThreadList } from './ThreadList';
export { useInboxSelection, sameThread, type ThreadKey } from './selection.store';
