import {
  channels,
  fail,
  ok,
  type ChannelByName,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  type IpcResult,
} from '../../shared/ipc';
import { describeIssues } from '../../shared/validation';

/** The implementation of every channel of the contract, keyed by channel name. */
export type IpcHandlers = {
  [N in ChannelName]: (input: ChannelParsedInput<ChannelByName<N>>) => Promise<ChannelOutput<ChannelByName<N>>>;
};

/** A failure a handler raises on purpose, with a stable code and a message for the seller. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/**
 * Builds the single entry point both hosts use: validates the channel name and the input (zod) and
 * turns every outcome into an `IpcResult`. Unknown channels give UNKNOWN_CHANNEL, invalid input
 * INVALID_INPUT (with the first problem in words), a HandlerError its own code, anything else
 * INTERNAL (logged through `log`, never leaked as a stack to the renderer).
 */
export function createIpcDispatcher(handlers: IpcHandlers, log: (message: string, error: unknown) => void) {
  const byName = new Map(channels.map((c) => [c.name as string, c]));
  return async function dispatch(channel: string, rawInput: unknown): Promise<IpcResult<unknown>> {
    const definition = byName.get(channel);
    if (!definition) return fail('UNKNOWN_CHANNEL', `There is no IPC channel called "${channel}".`);
    const parsed = definition.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail('INVALID_INPUT', describeIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[channel as ChannelName] as (input: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof HandlerError) return fail(error.code, error.message);
      log(`IPC handler ${channel} failed`, error);
      return fail('INTERNAL', 'Something went wrong on the console side. The details are in the log.');
    }
  };
}

export type IpcDispatcher = ReturnType<typeof createIpcDispatcher>;
