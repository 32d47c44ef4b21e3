import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { callHostOrThrow } from '../../host/host-client';
import { useOptionalWorkstation } from './workstation-context';

/** How often the team's assignments are read again (another profile may assign meanwhile). */
const assignmentsPollMs = 15_000;

/** The query key of the assignments, invalidated when this window assigns (TeamPanel). */
export const assignmentsQueryKey = ['team-assignments'] as const;

/** The team's assignments as the inbox filters on them. */
export interface Assignments {
  /** The profile each assigned thread is assigned to, by `${shopId}/${threadId}`. */
  bySubject: ReadonlyMap<string, string>;
  /** The open profile's id ("assigned to me"). */
  me: string;
}

/**
 * The assignments of every thread (team:assignments, kept by the host across profiles), polled;
 * null outside a workstation (no profiles: nothing is assigned) and until first read.
 */
export function useAssignments(): Assignments | null {
  const workstation = useOptionalWorkstation();
  const session = workstation?.session ?? '';
  const query = useQuery({
    queryKey: [...assignmentsQueryKey, session],
    // A plain record: react-query keeps its identity while the answer does not change.
    queryFn: () => callHostOrThrow('team:assignments', { session }),
    enabled: !!workstation,
    refetchInterval: assignmentsPollMs,
  });
  const me = workstation?.profile.id;
  // One object per answer: the inbox rebuilds its rows when it changes, not on every render.
  return useMemo(() => (me !== undefined && query.data ? { bySubject: new Map(Object.entries(query.data)), me } : null), [query.data, me]);
}
