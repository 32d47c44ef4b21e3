import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import type { TemplateRecord } from '../../data/records';
import { listTemplates, seedStarterTemplates } from '../../data/templates.queries';
import { starterTemplates } from './starter-set';

/**
 * The profile's templates, live (undefined while read). While `active` (the picker is open), the
 * starter set is seeded first if this profile never had it: the list shows once seeding is done, so
 * it never flashes empty on first use. While not active it reads nothing (no live query per composer).
 */
export function useTemplates(active: boolean): TemplateRecord[] | undefined {
  const { db, now } = useConsoleData();
  const [seeded, setSeeded] = useState(false);
  useEffect(() => {
    if (!active || seeded) return;
    let live = true;
    // A failed seeding still lists what there is (the seller can write templates of their own).
    const done = (): void => {
      if (live) setSeeded(true);
    };
    seedStarterTemplates(db, starterTemplates, now()).then(done, done);
    return () => {
      live = false;
    };
  }, [active, seeded, db, now]);
  return useLiveQuery(() => (active && seeded ? listTemplates(db) : undefined), [db, active, seeded]);
}
