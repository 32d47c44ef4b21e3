import { useEffect, useState } from 'react';
import { platformHttp } from '../api/platform-client';
import { recordAuditFrom, useOptionalWorkstation } from '../features/workstation';
import { purgeExpiredBuyerData } from '../data/retention.queries';
import { callHost } from '../host/host-client';
import type { ShopSummary } from '../host/host-contract';
import { systemClock } from './clock';
import { startConsoleRuntime, type ConsoleRuntime } from './console-runtime';

/** The profile a window works as when no workstation gate is above it (tests): the default one. */
export const defaultProfile = { id: 'default', author: 'default' } as const;

/**
 * The console's runtime for the current shops: started when the shop list is known, restarted
 * when it changes (the sync loop and the sender work on the connected shops; the profile's database
 * stays the same), stopped on unmount. Null while there are no shops.
 */
export function useConsoleRuntime(shops: readonly ShopSummary[] | undefined): ConsoleRuntime | null {
  const [runtime, setRuntime] = useState<ConsoleRuntime | null>(null);
  const workstation = useOptionalWorkstation();
  const profileId = workstation?.profile.id ?? defaultProfile.id;
  const author = workstation?.profile.name || defaultProfile.author;
  const session = workstation?.session ?? null;
  const retentionDays = workstation?.profile.retentionDays ?? null;
  const key = shops ? JSON.stringify([profileId, author, shops.map((s) => [s.id, s.label, s.market])]) : '';
  useEffect(() => {
    if (!shops || shops.length === 0) return undefined;
    const started = startConsoleRuntime({
      profileId,
      author,
      shops,
      http: platformHttp,
      now: systemClock,
    });
    setRuntime(started);
    // What this window queues and changes goes to the team's audit log (the host stamps who and when).
    const stopAudit = session
      ? recordAuditFrom(started.data.db, (entry) => void callHost('workstation:audit-record', { session, ...entry }))
      : () => undefined;
    // Cached buyer data past the profile's retention goes at every start.
    if (retentionDays !== null) {
      void purgeExpiredBuyerData(started.data.db, systemClock(), retentionDays).catch((error: unknown) =>
        console.error('Old cached buyer data could not be purged; trying again at the next start.', error),
      );
    }
    return () => {
      stopAudit();
      setRuntime(null);
      void started.stop();
    };
    // The key stands for the profile and the shops' content; the array's identity changes on every refetch.
  }, [key, session, retentionDays]);
  return runtime;
}
