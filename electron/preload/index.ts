// The one narrow bridge between the sandboxed renderer and main: a frozen object with a single
// `invoke(channel, input)` that accepts only the contract's channel names. Inputs are validated
// again in main; this check only keeps a stray call from reaching ipcMain at all.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNameList } from '../../shared/ipc/channel-names';

const allowed = new Set<string>(channelNameList);

const consoleHost = Object.freeze({
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no IPC channel called "${channel}".` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
});

contextBridge.exposeInMainWorld('consoleHost', consoleHost);
