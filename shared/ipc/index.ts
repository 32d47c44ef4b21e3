/**
 * The one IPC contract between the renderer and its host (Electron main, or the web-mode server).
 * Each feature declares its channels in `<feature>.ipc.ts`; this list is what the preload exposes and
 * what the host registers: a channel missing here cannot be called.
 */
import { getAppInfo } from './app.ipc';
import { connectShop, disconnectShop, listShops } from './shops.ipc';
import { getDesktopSettings, reportAttention, setDesktopSettings, takeOpenThreadRequest } from './desktop.ipc';
import { channelNameList, type ChannelNameFromList } from './channel-names';
import {
  addTeamNote,
  assignSubject,
  listAssignments,
  reportPresence,
  teamSubject,
  createProfile,
  listAudit,
  listProfiles,
  lockProfile,
  openProfile,
  recordAudit,
  removeProfile,
  renameProfile,
} from './workstation.ipc';

export const channels = [
  getAppInfo,
  listShops,
  connectShop,
  disconnectShop,
  reportAttention,
  getDesktopSettings,
  setDesktopSettings,
  takeOpenThreadRequest,
  listProfiles,
  createProfile,
  renameProfile,
  openProfile,
  lockProfile,
  removeProfile,
  recordAudit,
  listAudit,
  teamSubject,
  assignSubject,
  addTeamNote,
  reportPresence,
  listAssignments,
] as const;
export type ContractChannel = (typeof channels)[number];
export type ChannelName = ContractChannel['name'];
export type ChannelByName<N extends ChannelName> = Extract<ContractChannel, { name: N }>;

/** The channel names, for allow-lists (preload, HTTP route). */
export const channelNames: readonly ChannelName[] = channelNameList;

// Compile-time check that the preload's dependency-free name list and the definitions agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: Same<ChannelName, ChannelNameFromList> = true;
void namesMatch;

export * from './channel';
export * from './console-request';
export * from './channel-names';
export * from './result';
export * from './app.ipc';
export * from './shops.ipc';
export * from './desktop.ipc';
export * from './workstation.ipc';
