import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { IpcResult, ProfileSummary } from '../../host/host-contract';
import { rememberActiveProfile } from '../../host/workstation-session';
import { useT } from '../../ui/i18n';
import { profileName } from './profile-name';
import { messages } from './workstation.messages';

/**
 * What a locked window shows instead of the console: the profile's name, a PIN field (checked by the
 * host) and the other profiles to switch to. Holds no buyer data; the window title is the app's name
 * only, so nothing of the profile's work shows in the task bar either.
 */
export function LockScreen({
  profile,
  profiles,
  onUnlock,
}: {
  profile: ProfileSummary;
  profiles: readonly ProfileSummary[];
  onUnlock: (pin: string) => Promise<IpcResult<unknown>>;
}) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const name = profileName(profile, t);

  useEffect(() => {
    document.title = t(messages.windowTitle);
    input.current?.focus();
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecking(true);
    const result = await onUnlock(pin);
    setChecking(false);
    if (result.ok) return;
    setPin('');
    setError(
      result.error.code === 'WRONG_PIN'
        ? t(messages.wrongPin)
        : result.error.code === 'TOO_MANY_ATTEMPTS'
          ? t(messages.tooManyAttempts)
          : t(messages.hostError, { error: result.error.message }),
    );
    input.current?.focus();
  };
  const others = profiles.filter((p) => p.id !== profile.id);

  return (
    <main className="lock-screen" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t(messages.lockedTitle, { name })}</h1>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-pin`}>{t(messages.pinLabel)}</label>
        <input
          ref={input}
          id={`${id}-pin`}
          type="password"
          autoComplete="current-password"
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button type="submit" disabled={checking || pin === ''}>
          {t(checking ? messages.unlocking : messages.unlock)}
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {others.length > 0 && (
        <section aria-labelledby={`${id}-others`}>
          <h2 id={`${id}-others`}>{t(messages.otherProfiles)}</h2>
          <ul className="profile-list">
            {others.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  onClick={() => {
                    rememberActiveProfile(other.id);
                    location.reload();
                  }}
                >
                  {t(messages.openProfile, { name: profileName(other, t) })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
