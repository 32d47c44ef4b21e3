import type { z } from 'zod';

/**
 * One IPC channel of the contract: its name, the zod schema its input must pass (checked on the
 * gateway side for every call), and, as a phantom field, the type of its result.
 */
export interface Channel<Name extends string, Input extends z.ZodType, Output> {
  readonly name: Name;
  readonly input: Input;
  /** Phantom: carries the result type only. */
  readonly output: Output;
}

/** Declares a channel. `output` is a type carrier (`{} as T`); its value is never read. */
export function defineChannel<Name extends string, Input extends z.ZodType, Output>(
  name: Name,
  input: Input,
  output: Output,
): Channel<Name, Input, Output> {
  return Object.freeze({ name, input, output });
}

/** Any channel, for registries and generic callers. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChannel = Channel<string, z.ZodType, any>;

/** The input type a caller passes to a channel. */
export type ChannelInput<C extends AnyChannel> = z.input<C['input']>;
/** The validated input a handler receives. */
export type ChannelParsedInput<C extends AnyChannel> = z.output<C['input']>;
/** The result type of a channel. */
export type ChannelOutput<C extends AnyChannel> = C['output'];
