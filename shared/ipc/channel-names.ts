/**
 * The names of the contract's channels, in a module with no dependencies: the sandboxed preload
 * imports only this. `index.ts` checks at compile time that it matches the channel definitions.
 */
export const channelNameList = [
  'app:info',
  'shops:list',
  'shops:connect',
  'shops:disconnect',
  'desktop:attention',
  'desktop:settings',
  'desktop:settings:set',
  'desktop:take-open-thread',
  'workstation:profiles',
  'workstation:create',
  'workstation:rename',
  'workstation:open',
  'workstation:lock',
  'workstation:remove',
  'workstation:audit-record',
  'workstation:audit-list',
  'team:subject',
  'team:assign',
  'team:note',
  'team:presence',
  'team:assignments',
] as const;

/** The one event main sends the renderer (no payload): "a thread is waiting to be opened; take it". */
export const openThreadSignal = 'desktop:open-thread-signal';
export type ChannelNameFromList = (typeof channelNameList)[number];
