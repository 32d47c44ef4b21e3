// The renderer's view of the IPC contract (types and the request-marking header).
export type {
  AppInfo,
  AttentionReport,
  DesktopSettings,
  DesktopSettingsState,
  OpenThreadRequest,
  ChannelByName,
  ChannelInput,
  ChannelName,
  ChannelOutput,
  ConnectShopInput,
  IpcResult,
  ShopSummary,
} from '../../../shared/ipc';
export { connectShopInputSchema, consoleRequestHeaderName, consoleRequestHeaders } from '../../../shared/ipc';
