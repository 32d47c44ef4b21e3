import { useEffect, useRef } from 'react';
import { callHost } from '../../host/host-client';
import { isDesktopHost, onOpenThreadSignal } from '../../host/host-events';
import type { OpenThreadRequest } from '../../host/host-contract';

/**
 * Opens the threads the desktop host asks for (a clicked notification, a `seller-console://` link):
 * takes the waiting request once at start and again at each signal. Web mode: does nothing.
 */
export function useOpenThreadRequests(open: (request: OpenThreadRequest) => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  }, [open]);
  useEffect(() => {
    if (!isDesktopHost()) return;
    const take = async () => {
      const result = await callHost('desktop:take-open-thread', {});
      if (result.ok && result.value) latest.current(result.value);
    };
    void take();
    return onOpenThreadSignal(() => void take());
  }, []);
}
