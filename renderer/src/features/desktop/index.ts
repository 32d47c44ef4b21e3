/** The desktop app's parts of the UI (badge report, threads opened from outside, desktop settings); inert in web mode. */
export { DesktopSettingsPanel } from './DesktopSettingsPanel';
export { useDesktopAttention } from './useDesktopAttention';
export { useOpenThreadRequests } from './useOpenThreadRequests';
