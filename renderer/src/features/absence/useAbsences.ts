import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useConsoleData } from '../../data/console-data-context';
import { absenceStatuses, type AbsenceEntry } from '../../data/absences.queries';

/** Every absence with each shop's status, live from the cache; undefined while it loads. */
export function useAbsenceEntries(): AbsenceEntry[] | undefined {
  const { db } = useConsoleData();
  return useLiveQuery(() => absenceStatuses(db), [db]);
}

/** A local date (`YYYY-MM-DD`) written in the UI language ("21 Dec 2026"); an unreadable one as it is. */
export function useDayFormat(): (date: string) => string {
  const { locale } = useIntl();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (date: string) => {
      const ms = Date.parse(`${date}T00:00:00Z`);
      return Number.isNaN(ms) ? date : format.format(ms);
    };
  }, [locale]);
}

/** The shops' names by id (the console's shop list), falling back to the id. */
export function useShopNames(): (shopId: string) => string {
  const { shops } = useConsoleData();
  return useMemo(() => {
    const names = new Map(shops.map((s) => [s.id, s.label]));
    return (shopId: string) => names.get(shopId) ?? shopId;
  }, [shops]);
}
