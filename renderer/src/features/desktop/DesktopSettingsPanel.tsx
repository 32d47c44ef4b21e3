import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { callHostOrThrow } from '../../host/host-client';
import type { DesktopSettingsState } from '../../host/host-contract';
import { useT } from '../../ui/i18n';
import { messages } from './desktop.messages';

/**
 * The desktop app's own settings: open at login, and how long before a deadline to notify. Shown only
 * when the host has them (not in web mode).
 */
export function DesktopSettingsPanel() {
  const settings = useQuery({ queryKey: ['desktop-settings'], queryFn: () => callHostOrThrow('desktop:settings', {}) });
  if (!settings.data?.available) return null;
  return <DesktopSettingsForm initial={settings.data} />;
}

function DesktopSettingsForm({ initial }: { initial: DesktopSettingsState }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [startAtLogin, setStartAtLogin] = useState(initial.startAtLogin);
  const [lead, setLead] = useState(String(initial.notifyLeadMinutes));
  const save = useMutation({
    mutationFn: () =>
      callHostOrThrow('desktop:settings:set', {
        startAtLogin,
        notifyLeadMinutes: Math.max(0, Math.min(480, Math.round(Number(lead) || 0))),
      }),
    onSuccess: (next) => {
      setLead(String(next.notifyLeadMinutes));
      queryClient.setQueryData(['desktop-settings'], next);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="settings desktop-settings" aria-labelledby="desktop-settings-title">
      <h2 id="desktop-settings-title">{t(messages.settingsTitle)}</h2>
      <form onSubmit={submit}>
        <label>
          <input type="checkbox" checked={startAtLogin} onChange={(event) => setStartAtLogin(event.target.checked)} />{' '}
          {t(messages.startAtLogin)}
        </label>
        <label>
          {t(messages.notifyLead)}{' '}
          <input type="number" min={0} max={480} step={5} value={lead} onChange={(event) => setLead(event.target.value)} />
        </label>
        {save.isError && (
          <p role="alert" className="error">
            {t(messages.saveFailed, { error: save.error.message })}
          </p>
        )}
        {save.isSuccess && <p role="status">{t(messages.saved)}</p>}
        <button type="submit" disabled={save.isPending}>
          {t(messages.save)}
        </button>
      </form>
    </section>
  );
}
