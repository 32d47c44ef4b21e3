import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { wipeProfileData } from '../../data/profile-wipe.queries';
import { callHost } from '../../host/host-client';
import type { ProfileSummary } from '../../host/host-contract';
import {
  activeProfileId,
  onHostLocked,
  rememberActiveProfile,
  setWorkstationSession,
  windowProfileId,
} from '../../host/workstation-session';
import { useT } from '../../ui/i18n';
import { LockScreen } from './LockScreen';
import { useIdleLock } from './useIdleLock';
import { WorkstationContext, type Workstation } from './workstation-context';
import { messages } from './workstation.messages';
import './workstation.css';

type GateState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: string }
  | { kind: 'locked'; profile: ProfileSummary }
  | { kind: 'open'; profile: ProfileSummary; session: string }
  | { kind: 'busy'; what: 'wiping' | 'opening' };

/**
 * The workstation's gate around the console: opens this window's profile (its PIN checked by the
 * host), and while the profile is locked renders only the lock screen, so the console (and every
 * buyer's data in the DOM) is unmounted. Locks on demand, after the profile's idle time and when the
 * host refuses a data call as locked (it locked every profile: OS lock or suspend). Switching or
 * wiping reloads the page, so nothing of the previous profile stays in memory.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const t = useT();
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const [profiles, setProfiles] = useState<readonly ProfileSummary[]>([]);

  const refresh = useCallback(async () => {
    const listed = await callHost('workstation:profiles', {});
    if (listed.ok) setProfiles(listed.value);
    return listed;
  }, []);

  const open = useCallback(async (profile: ProfileSummary, pin?: string) => {
    const opened = await callHost('workstation:open', { id: profile.id, ...(pin === undefined ? {} : { pin }) });
    if (opened.ok) {
      setWorkstationSession(opened.value.session);
      setState({ kind: 'open', profile: opened.value.profile, session: opened.value.session });
    }
    return opened;
  }, []);

  useEffect(() => {
    let cancelled = false;
    void refresh().then(async (listed) => {
      if (cancelled) return;
      if (!listed.ok) return setState({ kind: 'failed', error: listed.error.message });
      const profile = listed.value.find((p) => p.id === activeProfileId()) ?? listed.value.find((p) => p.id === 'default');
      if (!profile) return setState({ kind: 'failed', error: 'no profile' });
      rememberActiveProfile(profile.id);
      // Desktop: a profile chosen in another profile's window is asked for its PIN in its own window
      // (the host answers this open, which checks no PIN, by moving the window to its partition).
      const elsewhere = windowProfileId() !== null && windowProfileId() !== profile.id;
      if (elsewhere) return void callHost('workstation:open', { id: profile.id });
      if (profile.hasPin) return setState({ kind: 'locked', profile });
      const opened = await open(profile);
      if (!opened.ok && !cancelled) setState({ kind: 'failed', error: opened.error.message });
    });
    return () => {
      cancelled = true;
    };
  }, [refresh, open]);

  const openState = state.kind === 'open' ? state : null;
  const lock = useCallback(() => {
    if (!openState || !openState.profile.hasPin) return;
    setWorkstationSession(null);
    setState({ kind: 'locked', profile: openState.profile });
    void callHost('workstation:lock', { session: openState.session });
  }, [openState]);

  useEffect(() => onHostLocked(lock), [lock]);
  useIdleLock(openState?.profile.hasPin ? openState.profile.idleLockMinutes : null, lock);

  const workstation = useMemo<Workstation | null>(() => {
    if (!openState) return null;
    return {
      profile: openState.profile,
      profiles,
      session: openState.session,
      lock,
      refresh: async () => void (await refresh()),
      switchTo: (profileId) => {
        setWorkstationSession(null);
        setState({ kind: 'busy', what: 'opening' });
        void callHost('workstation:lock', { session: openState.session }).finally(() => {
          rememberActiveProfile(profileId);
          location.reload();
        });
      },
      wipe: () => {
        // Unmount the console first, so its database is closed when it is deleted.
        setState({ kind: 'busy', what: 'wiping' });
        void (async () => {
          try {
            await wipeProfileData(openState.profile.id);
            await callHost('workstation:remove', { session: openState.session });
          } finally {
            setWorkstationSession(null);
            rememberActiveProfile('default');
            location.reload();
          }
        })();
      },
    };
  }, [openState, profiles, lock, refresh]);

  if (state.kind === 'locked') {
    return <LockScreen profile={state.profile} profiles={profiles} onUnlock={(pin) => open(state.profile, pin)} />;
  }
  if (state.kind === 'failed') {
    return (
      <div className="panel-message error" role="alert">
        {t(messages.hostError, { error: state.error })}
      </div>
    );
  }
  if (!workstation) {
    return (
      <div className="panel-message" role="status">
        {t(state.kind === 'busy' && state.what === 'wiping' ? messages.wiping : messages.opening)}
      </div>
    );
  }
  return <WorkstationContext.Provider value={workstation}>{children}</WorkstationContext.Provider>;
}
