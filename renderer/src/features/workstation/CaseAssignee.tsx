import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { callHostOrThrow } from '../../host/host-client';
import { caseSubject } from '../../host/host-contract';
import { useT } from '../../ui/i18n';
import { profileName } from './profile-name';
import { ProfileSelect } from './ProfileSelect';
import { messages } from './team.messages';
import { assignmentsQueryKey, useAssignments } from './useAssignments';
import { useOptionalWorkstation } from './workstation-context';

/**
 * Who a case is assigned to, changeable to any profile or to nobody: kept by the host across profiles
 * under the case's own subject (`case:<caseKey>`), and recorded there in the audit log as "case
 * assigned". Renders nothing outside a workstation.
 */
export function CaseAssignee({ caseKey }: { caseKey: string }) {
  const t = useT();
  const id = useId();
  const workstation = useOptionalWorkstation();
  const assignments = useAssignments();
  const queryClient = useQueryClient();
  const subject = caseSubject(caseKey);
  const session = workstation?.session ?? '';
  const assign = useMutation({
    mutationFn: (profileId: string | null) => callHostOrThrow('team:assign', { session, subject, profileId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentsQueryKey }),
  });
  if (!workstation) return null;
  const current = assign.isPending ? (assign.variables ?? '') : (assignments?.bySubject.get(subject) ?? '');
  return (
    <p className="case-assignee">
      <label htmlFor={id}>{t(messages.caseAssignedLabel)}</label>{' '}
      <ProfileSelect
        id={id}
        value={current}
        disabled={!assignments || assign.isPending}
        profiles={workstation.profiles}
        onChange={(profileId) => assign.mutate(profileId)}
      />
      {assign.error && (
        <span role="alert" className="field-error">
          {' '}
          {t(messages.assignFailed, { error: assign.error.message })}
        </span>
      )}
    </p>
  );
}

/**
 * The "Assigned to …" text of a case in a list, or null when it is assigned to nobody (or to a
 * profile that no longer exists) or outside a workstation.
 */
export function useCaseAssigneeText(): (caseKey: string) => string | null {
  const t = useT();
  const workstation = useOptionalWorkstation();
  const assignments = useAssignments();
  return (caseKey) => {
    const profileId = assignments?.bySubject.get(caseSubject(caseKey));
    const profile = profileId === undefined ? undefined : workstation?.profiles.find((p) => p.id === profileId);
    return profile ? t(messages.assignedTo, { name: profileName(profile, t) }) : null;
  };
}
