/**
 * How the console writes instants and sizes, in the browser's locale. Components use useFormat() (ui/useFormat.ts),
 * which follows the UI language; these plain exports stay until their last callers have moved there.
 */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const size = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** An ISO instant in the seller's own locale and time zone; an unreadable one as it is. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** An ISO instant as a time when it falls on the same local day as `today`, else with its date (formatDateTime). */
export function formatShortTime(iso: string, today: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toDateString() === today.toDateString() ? time.format(date) : formatDateTime(iso);
}

/** A file size in words: "12 B", "12 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${size.format(bytes / 1024)} KB`;
  return `${size.format(bytes / (1024 * 1024))} MB`;
}
