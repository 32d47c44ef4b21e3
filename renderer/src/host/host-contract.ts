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
  ProfileSummary,
  AuditEntry,
  AuditAction,
} from '../../../shared/ipc';
export {
  caseSubject,
  caseKeyOfSubject,
  connectShopInputSchema,
  consoleRequestHeaderName,
  consoleRequestHeaders,
  profileHeaderName,
  sessionHeaderName,
} from '../../../shared/ipc';
