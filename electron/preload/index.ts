// The one narrow bridge between the sandboxed renderer and main: a frozen object with
// `invoke(channel, input)`, which accepts only the contract's channel names, and
// `onOpenThreadSignal(listener)`, main's one payload-free event ("a thread waits to be opened"; the
// renderer takes it over the validated `desktop:take-open-thread` channel). Inputs are validated
// again in main; this check only keeps a stray call from reaching ipcMain at all.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNameList, openThreadSignal } from '../../shared/ipc/channel-names';

const allowed = new Set<string>(channelNameList);

const consoleHost = Object.freeze({
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no IPC channel called "${channel}".` } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  onOpenThreadSignal(listener: () => void): () => void {
    // The Electron event object is never handed to the page.
    const wrapped = () => listener();
    ipcRenderer.on(openThreadSignal, wrapped);
    return () => void ipcRenderer.removeListener(openThreadSignal, wrapped);
  },
});

contextBridge.exposeInMainWorld('consoleHost', consoleHost);
