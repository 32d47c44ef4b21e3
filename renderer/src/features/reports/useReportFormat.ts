import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n';
import { messages } from './reports.messages';

const HOUR_MS = 3_600_000;

/** How the reports write their numbers in the UI language: working hours, days, shares, counts. */
export interface ReportFormat {
  hours(ms: number | null): string;
  days(days: number | null): string;
  share(share: number | null): string;
  count(n: number): string;
  /** A `YYYY-MM-DD` day, written the language's way. */
  day(day: string): string;
}

/** The reports' number formats for the current UI language. */
export function useReportFormat(): ReportFormat {
  const { locale } = useIntl();
  const t = useT();
  return useMemo(() => {
    const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      hours: (ms) => (ms === null ? t(messages.none) : t(messages.hours, { hours: one.format(ms / HOUR_MS) })),
      days: (d) => (d === null ? t(messages.none) : t(messages.days, { days: one.format(d) })),
      share: (s) => (s === null ? t(messages.none) : percent.format(s)),
      count: (n) => whole.format(n),
      day: (day) => date.format(new Date(`${day}T00:00:00Z`)),
    };
  }, [locale, t]);
}
