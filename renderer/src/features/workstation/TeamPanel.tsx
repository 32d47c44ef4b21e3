import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { readDraft } from '../../data/drafts.queries';
import { callHost, callHostOrThrow } from '../../host/host-client';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
import { profileName } from './profile-name';
import { ProfileSelect } from './ProfileSelect';
import { useOptionalWorkstation } from './workstation-context';
import { messages } from './team.messages';
import { assignmentsQueryKey } from './useAssignments';

/** How often the team's view of a thread is read again, and presence repeated while a draft is open. */
const teamPollMs = 15_000;

/**
 * The team's side of an open thread: "being answered by" when another profile has a draft open on
 * it, who it is assigned to, and internal notes. All of it is kept by the host across profiles;
 * nothing here goes to the composer or the outbox. While this profile has a draft on the thread it
 * tells the others so.
 */
export function TeamPanel({ shopId, threadId }: { shopId: string; threadId: string }) {
  const t = useT();
  const id = useId();
  const format = useFormat();
  const workstation = useOptionalWorkstation();
  const { db } = useConsoleData();
  const queryClient = useQueryClient();
  const subject = `${shopId}/${threadId}`;
  const session = workstation?.session ?? '';
  const [note, setNote] = useState('');
  const hasDraft = useLiveQuery(async () => !!(await readDraft(db, shopId, threadId)), [db, shopId, threadId]) ?? false;
  const team = useQuery({
    queryKey: ['team', subject, session],
    queryFn: () => callHostOrThrow('team:subject', { session, subject }),
    enabled: !!workstation,
    refetchInterval: teamPollMs,
  });

  useEffect(() => {
    if (!workstation || !hasDraft) return undefined;
    const say = () => void callHost('team:presence', { session, subject });
    say();
    const timer = window.setInterval(say, teamPollMs * 4);
    return () => {
      window.clearInterval(timer);
      void callHost('team:presence', { session, subject: null });
    };
  }, [workstation, hasDraft, session, subject]);

  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: ['team', subject] });
    await queryClient.invalidateQueries({ queryKey: assignmentsQueryKey });
  };
  const assign = useMutation({
    mutationFn: (profileId: string | null) => callHostOrThrow('team:assign', { session, subject, profileId }),
    onSuccess: done,
  });
  const add = useMutation({
    mutationFn: (text: string) => callHostOrThrow('team:note', { session, subject, text }),
    onSuccess: async () => {
      setNote('');
      await done();
    },
  });

  if (!workstation) return null;
  const error = team.error ?? assign.error ?? add.error;
  const data = team.data;
  return (
    <section className="team-panel" aria-label={t(messages.region)}>
      {data && data.answering.length > 0 && (
        <p className="badge answering" role="status">
          {t(messages.answeredBy, { names: data.answering.map((p) => profileName({ name: p.profileName }, t)).join(', ') })}
        </p>
      )}
      <label htmlFor={`${id}-assign`}>{t(messages.assignedLabel)}</label>{' '}
      <ProfileSelect
        id={`${id}-assign`}
        value={data?.assignee?.profileId ?? ''}
        disabled={!data || assign.isPending}
        profiles={workstation.profiles}
        onChange={(profileId) => assign.mutate(profileId)}
      />
      <h3 id={`${id}-notes`}>{t(messages.notesTitle)}</h3>
      {data && data.notes.length > 0 && (
        <ul className="team-notes" aria-labelledby={`${id}-notes`}>
          {data.notes.map((n, index) => (
            <li key={`${n.at}-${index}`}>
              <span className="muted">
                {t(messages.noteBy, { name: profileName({ name: n.profileName }, t), time: format.formatDateTime(n.at) })}
              </span>{' '}
              {n.text}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) add.mutate(note);
        }}
      >
        <label htmlFor={`${id}-note`}>{t(messages.noteLabel)}</label>
        <textarea id={`${id}-note`} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" disabled={add.isPending || note.trim() === ''}>
          {t(messages.addNote)}
        </button>
      </form>
      {error && (
        <p role="alert" className="field-error">
          {t(messages.failed, { error: error.message })}
        </p>
      )}
    </section>
  );
}
