import {
  consoleRequestHeaders,
  type ChannelByName,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type IpcResult,
} from './host-contract';

interface PreloadBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Desktop only: main's "a thread waits to be opened" signal; answers the unsubscribe. */
  onOpenThreadSignal?(listener: () => void): () => void;
}

declare global {
  interface Window {
    /** Set by the desktop app's preload; absent in web mode. */
    consoleHost?: PreloadBridge;
  }
}

/**
 * Calls a channel of the IPC contract on the host: through the preload bridge in the desktop app,
 * or `POST /ipc/<channel>` in web mode. Always resolves to an IpcResult; a transport failure becomes
 * `{ ok: false, error: { code: 'HOST_UNREACHABLE' } }`.
 */
export async function callHost<N extends ChannelName>(
  channel: N,
  input: ChannelInput<ChannelByName<N>>,
): Promise<IpcResult<ChannelOutput<ChannelByName<N>>>> {
  try {
    if (window.consoleHost) return (await window.consoleHost.invoke(channel, input)) as IpcResult<ChannelOutput<ChannelByName<N>>>;
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...consoleRequestHeaders },
      body: JSON.stringify(input),
    });
    return (await response.json()) as IpcResult<ChannelOutput<ChannelByName<N>>>;
  } catch {
    return {
      ok: false,
      error: { code: 'HOST_UNREACHABLE', message: 'The console could not reach its own service. Restart it if this lasts.' },
    };
  }
}

/** Like callHost, but throws the error's message: for react-query, which wants rejections. */
export async function callHostOrThrow<N extends ChannelName>(
  channel: N,
  input: ChannelInput<ChannelByName<N>>,
): Promise<ChannelOutput<ChannelByName<N>>> {
  const result = await callHost(channel, input);
  if (!result.ok) throw new HostError(result.error.code, result.error.message);
  return result.value;
}

/** A failed host call, with the contract's error code. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}
