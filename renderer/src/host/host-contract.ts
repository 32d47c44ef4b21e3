// The renderer's view of the IPC contract (types and the request-marking header).
export type {
  AppInfo,
  ChannelByName,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  ConnectShopInput,
  IpcResult,
  ShopSummary,
} from '../../../shared/ipc';
export { connectShopInputSchema } from '../../../shared/ipc';

/** Marks requests as the console's own (the gateway refuses platform calls without it). */
export const consoleRequestHeaderName = 'x-console-request';
