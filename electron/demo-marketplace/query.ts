import { MiraklHttpError } from './http-types';

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO 8601 date-time query parameter (epoch ms), or undefined when absent; 400 when malformed. */
export function dateParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const ms = Date.parse(raw);
  if (!isoDateTime.test(raw) || Number.isNaN(ms)) throw new MiraklHttpError(400, `Invalid date for parameter '${name}': ${raw}`);
  return ms;
}

/** Parses a boolean query parameter (`true`/`false`), or `fallback` when absent; 400 otherwise. */
export function booleanParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new MiraklHttpError(400, `Invalid boolean for parameter '${name}': ${raw}`);
}

/** Parses an integer query parameter within [min, max], or `fallback` when absent; 400 otherwise. */
export function intParam(query: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw) || n < min || n > max)
    throw new MiraklHttpError(400, `Invalid value for parameter '${name}': ${raw} (expected an integer from ${min} to ${max})`);
  return n;
}

/** All values of a list parameter, whether repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
