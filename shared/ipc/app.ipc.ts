import { z } from 'zod';
import { defineChannel } from './channel';

/** What the host tells the renderer about itself. */
export interface AppInfo {
  mode: 'desktop' | 'web';
  version: string;
  /** True when the embedded demo marketplace is running and its shops are listed. */
  demo: boolean;
  /**
   * Where connected shops' keys are kept: 'keychain' (encrypted with the OS keychain, kept across
   * restarts), 'session' (no real keychain: kept in memory and forgotten at quit), 'file' (web mode:
   * a file only this user may read). Absent from an older host.
   */
  keyStorage?: 'keychain' | 'session' | 'file';
}

/** Describes the host (desktop or web) and whether the demo marketplace is on. */
export const getAppInfo = defineChannel('app:info', z.object({}).strict(), {} as AppInfo);
