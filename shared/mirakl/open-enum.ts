import { z } from 'zod';

/**
 * A string enum that accepts values it does not know yet. Mirakl documents its enums in prose and
 * adds values over time; the console must keep syncing when that happens, so an unknown value
 * parses as a plain string while the known ones stay a TypeScript union for autocompletion.
 * `values` are the documented literals; the result parses any string.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): z.ZodType<T[number] | (string & {}), string> {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodType<T[number] | (string & {}), string>;
}

/** An ISO 8601 date-time as Mirakl sends it (`2024-03-01T12:00:00Z`; offsets and fractions accepted). */
export const isoDateTime = z.iso.datetime({ offset: true });

/** A 32/64-bit integer field (`format: int32/int64` in the spec). */
export const integer = z.number().int();
