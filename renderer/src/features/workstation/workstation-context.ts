import { createContext, useContext } from 'react';
import type { ProfileSummary } from '../../host/host-contract';

/** The open profile and what can be done to it (ProfileGate provides it). */
export interface Workstation {
  profile: ProfileSummary;
  /** Every profile of the workstation (for the picker). */
  profiles: readonly ProfileSummary[];
  /** The open profile's session token (audit calls prove the profile with it). */
  session: string;
  /** Locks now (only a profile with a PIN can be locked). */
  lock(): void;
  /** Switches this window to another profile (reloads: nothing of this one stays in memory). */
  switchTo(profileId: string): void;
  /** Deletes everything of the open profile on this computer and goes back to the default profile. */
  wipe(): void;
  /** Reloads the profile list (after a create or rename). */
  refresh(): Promise<void>;
}

export const WorkstationContext = createContext<Workstation | null>(null);

/** The open profile; throws outside ProfileGate (a programming error). */
export function useWorkstation(): Workstation {
  const value = useContext(WorkstationContext);
  if (!value) throw new Error('useWorkstation needs a ProfileGate above it.');
  return value;
}

/** The open profile, or null outside ProfileGate (tests that render the app without one). */
export function useOptionalWorkstation(): Workstation | null {
  return useContext(WorkstationContext);
}
