import type { KyInstance, Options } from 'ky';
import type { z } from 'zod';
import {
  operationPath,
  operations,
  type OperationBodyInput,
  type OperationCode,
  type OperationParams,
  type OperationQuery,
  type OperationResult,
  type Operations,
} from '../../../shared/mirakl';
import { classifyAnswer, classifyError, unreadableAnswer, type PlatformFailure } from './platform-failure';
import { readDownload, type DownloadOptions, type DownloadResult } from './platform-download';

/** The operations that read (GET): what `call` and `callRaw` make. */
export type ReadCode = { [C in OperationCode]: Operations[C]['method'] extends 'GET' ? C : never }[OperationCode];
/** The reads whose answer is a file, not JSON (M13): what `download` makes. */
export type FileCode = { [C in ReadCode]: Operations[C]['response'] extends null ? C : never }[ReadCode];
/** The operations that write (POST, PUT): what `write` makes. */
export type WriteCode = Exclude<OperationCode, ReadCode>;

/** A file sent in the `files` parts of a multipart operation (M12, M14, OR43). */
export interface PlatformFile {
  name: string;
  blob: Blob;
}

type ParamsInput<C extends OperationCode> = [Operations[C]['params'][number]] extends [never]
  ? { params?: undefined }
  : { params: OperationParams<C> };
type BodyInput<C extends OperationCode> = Operations[C]['body'] extends { kind: 'multipart' }
  ? { body: OperationBodyInput<C>; files?: readonly PlatformFile[] }
  : Operations[C]['body'] extends { kind: 'json' }
    ? { body: OperationBodyInput<C> }
    : { body?: undefined };

/**
 * What one call of operation `C` takes, typed from the catalogue (shared/mirakl/operations.ts):
 * its path parameters (`params`, only where the path has some), its query, its JSON body (or the
 * JSON part of a multipart body) and, for multipart operations, its files. For a union of codes,
 * the union of their inputs.
 */
export type OperationInput<C extends OperationCode> = C extends OperationCode
  ? ParamsInput<C> & BodyInput<C> & { query?: OperationQuery<C> }
  : never;

/** One call described as a value (what an outbox handler asks the sender to send). */
export type PlatformRequest<C extends OperationCode> = C extends OperationCode ? { code: C; input: OperationInput<C> } : never;

/** A call's outcome: the value, or why there is none. Never thrown. */
export type PlatformResult<T> = { ok: true; value: T } | { ok: false; failure: PlatformFailure };

/**
 * A write's 2xx answer: the marketplace took the request. `readable: true` with the body parsed
 * by the operation's schema (null when no body came, e.g. 204), or `readable: false` when a body came
 * that could not be read (cut short, not JSON, not the documented shape): then the request was
 * processed, but what it did is not known.
 */
export type WriteAnswer<C extends OperationCode> =
  { status: number; readable: true; body: OperationResult<C> | null } | { status: number; readable: false };

/** Per-call options: `signal` aborts the request (an aborted write's outcome is unknown). */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * The marketplace of one or more shops, as the whole renderer sees it: every call names the shop
 * (the console's shop id) and a catalogue operation with its typed input; the URL is built from the
 * catalogue only. No method throws for a platform problem: each answers a PlatformResult.
 */
export interface Platform {
  /** Reads an operation's answer, validated by its response schema (a 2xx that breaks it is `unreadable`). */
  call<C extends ReadCode>(
    shopId: string,
    code: C,
    input: OperationInput<C>,
    options?: CallOptions,
  ): Promise<PlatformResult<OperationResult<C>>>;
  /**
   * Reads an operation's answer as parsed JSON, not validated (undefined for an empty body): for sync,
   * which validates with the same schemas itself so that what it cannot read goes to the quarantine.
   */
  callRaw<C extends ReadCode>(shopId: string, code: C, input: OperationInput<C>, options?: CallOptions): Promise<PlatformResult<unknown>>;
  /** Sends a write; a 2xx is a WriteAnswer (even when its body cannot be read), anything else a failure. */
  write<C extends WriteCode>(
    shopId: string,
    code: C,
    input: OperationInput<C>,
    options?: CallOptions,
  ): Promise<PlatformResult<WriteAnswer<C>>>;
  /**
   * Reads a file operation's answer (M13) as bytes, whatever its media type, reporting progress and
   * stopping at `options.maxBytes` (a `too-large` failure); never parsed, never retried.
   */
  download<C extends FileCode>(shopId: string, code: C, input: OperationInput<C>, options: DownloadOptions): Promise<DownloadResult>;
}

/** The input as the implementation handles it, whatever the operation. */
interface AnyInput {
  params?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  files?: readonly PlatformFile[];
}

type Exchange = { ok: true; status: number; text: string } | { ok: false; failure: PlatformFailure };
type Sent = { ok: true; response: Response } | { ok: false; failure: PlatformFailure };

/**
 * The platform over the console's gateway: `http` is a ky instance whose prefix reaches
 * `/platform/` (same origin; the gateway adds the shop's key), `now` the clock that dates a
 * Retry-After. Every request is made once (`retry: 0`): Mirakl's writes have no idempotency key, so
 * only the outbox may decide to send again (after a read-back), and the sync scheduler backs off
 * across passes.
 */
export function createPlatform(http: KyInstance, now: () => Date): Platform {
  /** Makes the request; a 2xx answer comes back unread, anything else as its PlatformFailure. */
  async function send(
    shopId: string,
    code: OperationCode,
    input: AnyInput,
    options: CallOptions | undefined,
    headers?: Record<string, string>,
  ): Promise<Sent> {
    const spec = operations[code];
    let path: string;
    try {
      path = operationPath(code, (input.params ?? {}) as never);
    } catch (error) {
      return {
        ok: false,
        failure: {
          kind: 'invalid',
          status: null,
          code: 'INVALID_REQUEST',
          message: `The console could not make this request: ${(error as Error).message}`,
        },
      };
    }
    try {
      const response = await http(`${encodeURIComponent(shopId)}${path}`, {
        method: spec.method,
        searchParams: searchParams(input.query),
        ...requestBody(spec.body, input),
        // Only when given: ky reads `headers: undefined` as "no headers", dropping the instance's own.
        ...(headers ? { headers } : {}),
        retry: 0,
        throwHttpErrors: false,
        signal: options?.signal,
      });
      if (response.ok) return { ok: true, response };
      const error = errorFields(await response.text());
      const answer = {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        fromGateway: response.headers.has('x-gateway-error'),
        ...error,
      };
      return { ok: false, failure: classifyAnswer(answer, now().getTime()) };
    } catch (error) {
      return { ok: false, failure: classifyError(error) };
    }
  }

  async function exchange(shopId: string, code: OperationCode, input: AnyInput, options: CallOptions | undefined): Promise<Exchange> {
    const sent = await send(shopId, code, input, options);
    if (!sent.ok) return sent;
    try {
      return { ok: true, status: sent.response.status, text: await sent.response.text() };
    } catch (error) {
      return { ok: false, failure: classifyError(error) };
    }
  }

  return {
    async call(shopId, code, input, options) {
      const answer = await exchange(shopId, code, input as AnyInput, options);
      if (!answer.ok) return answer;
      const parsed = parseJson(answer.text);
      if (!parsed.ok) return { ok: false, failure: unreadableAnswer(answer.status) };
      const schema = responseSchema(code);
      if (!schema) return { ok: true, value: undefined as OperationResult<typeof code> };
      const result = schema.safeParse(parsed.value);
      return result.success ? { ok: true, value: result.data } : { ok: false, failure: unreadableAnswer(answer.status) };
    },
    async callRaw(shopId, code, input, options) {
      const answer = await exchange(shopId, code, input as AnyInput, options);
      if (!answer.ok) return answer;
      const parsed = parseJson(answer.text);
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, failure: unreadableAnswer(answer.status) };
    },
    async write(shopId, code, input, options) {
      const answer = await exchange(shopId, code, input as AnyInput, options);
      if (!answer.ok) return answer;
      const { status } = answer;
      const schema = responseSchema(code);
      if (answer.text === '' || !schema) return { ok: true, value: { status, readable: true, body: null } };
      const parsed = parseJson(answer.text);
      const result = parsed.ok ? schema.safeParse(parsed.value) : null;
      if (!result?.success) return { ok: true, value: { status, readable: false } };
      return { ok: true, value: { status, readable: true, body: result.data } };
    },
    async download(shopId, code, input, options) {
      // Any media type is welcome here: the client's default Accept asks for JSON.
      const sent = await send(shopId, code, input as AnyInput, options, { accept: '*/*' });
      return sent.ok ? readDownload(sent.response, options) : sent;
    },
  };
}

/** The schema of an operation's success body, typed as its result; null for operations answering 204 or a file. */
export function responseSchema<C extends OperationCode>(code: C): z.ZodType<OperationResult<C>> | null {
  return operations[code].response as z.ZodType<OperationResult<C>> | null;
}

/** An empty body is `undefined`; a body that is not JSON (cut short) is not ok. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The `message` and `code` of an error body, when it has them as non-empty strings. */
function errorFields(text: string): { message: string | null; code: string | null } {
  const body = parseJson(text);
  const fields = body.ok && typeof body.value === 'object' && body.value !== null ? (body.value as Record<string, unknown>) : {};
  const field = (name: string): string | null => {
    const value = fields[name];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return { message: field('message'), code: field('code') };
}

/** The query as URL parameters: undefined values left out, arrays as repeated parameters. */
function searchParams(query: Record<string, unknown> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) params.append(name, String(v));
    else params.append(name, String(value));
  }
  return params;
}

/** A JSON body, or Mirakl's multipart form: the JSON part under its name, then each file as a `files` part. */
function requestBody(body: Operations[OperationCode]['body'], input: AnyInput): Pick<Options, 'json' | 'body'> {
  if (!body) return {};
  if (body.kind === 'json') return { json: input.body };
  const form = new FormData();
  form.append(body.part, new Blob([JSON.stringify(input.body)], { type: 'application/json' }));
  for (const file of input.files ?? []) form.append('files', file.blob, file.name);
  return { body: form };
}
