import { useEffect, useState } from 'react';
import { platformHttp } from '../api/platform-client';
import type { ShopSummary } from '../host/host-contract';
import { systemClock } from './clock';
import { startConsoleRuntime, type ConsoleRuntime } from './console-runtime';

/** Until profiles exist, every window works as this one profile and team member. */
export const defaultProfile = { id: 'default', author: 'default' } as const;

/**
 * The console's runtime for the current shops: started when the shop list is known, restarted
 * when it changes (the sync loop and the sender work on the connected shops; the profile's database
 * stays the same), stopped on unmount. Null while there are no shops.
 */
export function useConsoleRuntime(shops: readonly ShopSummary[] | undefined): ConsoleRuntime | null {
  const [runtime, setRuntime] = useState<ConsoleRuntime | null>(null);
  const key = shops ? JSON.stringify(shops.map((s) => [s.id, s.label, s.market])) : '';
  useEffect(() => {
    if (!shops || shops.length === 0) return undefined;
    const started = startConsoleRuntime({
      profileId: defaultProfile.id,
      author: defaultProfile.author,
      shops,
      http: platformHttp,
      now: systemClock,
    });
    setRuntime(started);
    return () => {
      setRuntime(null);
      void started.stop();
    };
    // The key stands for the shops' content; the array's identity changes on every refetch.
  }, [key]);
  return runtime;
}
