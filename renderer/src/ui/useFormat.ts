import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** Instants and sizes written for the seller, in one UI language (see useFormat). */
export interface Format {
  /** An ISO instant with date and time, in the seller's time zone; an unreadable one as it is. */
  formatDateTime(iso: string): string;
  /** An ISO instant as a time when it falls on the same local day as `today`, else with its date. */
  formatShortTime(iso: string, today: Date): string;
  /** A file size: "512 B", "12 KB", "1.4 MB" (the number written the language's way, "1,4 MB" in Polish). */
  formatSize(bytes: number): string;
  /** A calendar day written `YYYY-MM-DD` (no time, no zone), as the language writes dates; an unreadable one as it is. */
  formatDay(day: string): string;
}

/**
 * The formatting functions of a locale (a UI language such as "pl"), in the environment's time zone.
 * Units of sizes are the international symbols; only the number follows the language.
 */
export function formatFor(locale: string): Format {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const formatDateTime = (iso: string): string => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
  };
  return {
    formatDateTime,
    formatShortTime(iso, today) {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return date.toDateString() === today.toDateString() ? time.format(date) : formatDateTime(iso);
    },
    formatSize(bytes) {
      if (bytes < 1024) return `${size.format(bytes)} B`;
      if (bytes < 1024 * 1024) return `${size.format(bytes / 1024)} KB`;
      return `${size.format(bytes / (1024 * 1024))} MB`;
    },
    formatDay(day) {
      const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(Number.NaN);
      return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
    },
  };
}

/**
 * Dates, times and sizes in the current UI language (react-intl's locale), so a Polish seller reads
 * "23 lis 2026, 10:05" and "1,4 MB". Components use this rather than the plain exports of format.ts,
 * which follow the browser's locale and are kept only until every caller has moved here.
 */
export function useFormat(): Format {
  const { locale } = useIntl();
  return useMemo(() => formatFor(locale), [locale]);
}
