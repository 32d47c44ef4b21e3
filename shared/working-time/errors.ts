/** What went wrong, as a stable code callers can branch on (and the IPC layer can pass as a value). */
export type WorkingTimeErrorCode = 'UNKNOWN_MARKET' | 'MALFORMED_DATE' | 'END_BEFORE_START' | 'OUT_OF_RANGE' | 'INVALID_OPTION';

/**
 * The one error type thrown by the working-time engine. `code` is stable; `message` is for humans and
 * names the offending input. Thrown for an unknown market code, a date or instant that does not parse,
 * an end before a start, a date outside the covered calendar years, or an invalid option (hours, threshold).
 */
export class WorkingTimeError extends Error {
  readonly code: WorkingTimeErrorCode;

  constructor(code: WorkingTimeErrorCode, message: string) {
    super(message);
    this.name = 'WorkingTimeError';
    this.code = code;
  }
}
