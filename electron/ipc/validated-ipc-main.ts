import { channelNames } from '../../shared/ipc';
import type { IpcDispatcher } from './ipc-dispatcher';

/** The part of Electron's ipcMain this module needs (passed in, so it runs in plain Node tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** The part of an IPC invoke event this module reads. */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/**
 * Registers every contract channel on ipcMain behind one wrapper: a call from a frame whose URL is
 * not the console's own origin (`trustedOrigin`, e.g. "app://console") is refused with
 * UNTRUSTED_SENDER before its input is even parsed; the rest goes through the dispatcher.
 */
export function registerValidatedIpc(ipcMain: IpcMainLike, dispatch: IpcDispatcher, trustedOrigin: string): void {
  for (const name of channelNames) {
    ipcMain.handle(name, async (event, input) => {
      if (!isTrustedFrame(event.senderFrame?.url, trustedOrigin)) {
        return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'This window may not call the console.' } };
      }
      return dispatch(name, input);
    });
  }
}

/** True when `frameUrl` belongs to `trustedOrigin` (scheme + host, exact). */
export function isTrustedFrame(frameUrl: string | undefined, trustedOrigin: string): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return `${url.protocol}//${url.host}` === trustedOrigin;
  } catch {
    return false;
  }
}
