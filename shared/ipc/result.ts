/**
 * How every call across a process boundary (IPC in the desktop app, HTTP in web mode) answers:
 * a value, or an error as a value. Errors never cross as exceptions, so the renderer always gets a
 * code it can act on and a message a seller can read.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A failure that crossed the boundary: `code` is stable for programs, `message` is for people. */
export interface IpcError {
  code: string;
  message: string;
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** Wraps a code and a human-readable message as a failed result. */
export function fail<T = never>(code: string, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
