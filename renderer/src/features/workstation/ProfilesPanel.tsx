import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { callHost, callHostOrThrow } from '../../host/host-client';
import { useT } from '../../ui/i18n';
import { profileName } from './profile-name';
import { useWorkstation } from './workstation-context';
import { messages } from './workstation.messages';

/**
 * The profiles of this computer: switch to another, create one (with an optional PIN), rename or
 * wipe the open one (after a confirmation that says what is lost).
 */
export function ProfilesPanel() {
  const t = useT();
  const id = useId();
  const workstation = useWorkstation();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [idle, setIdle] = useState('15');
  const [retention, setRetention] = useState('180');
  const [rename, setRename] = useState('');
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const allShops = useQuery({ queryKey: ['workstation-all-shops'], queryFn: () => callHostOrThrow('shops:list', {}) });
  // Shops left out of the new profile (none: it may use every shop, including ones connected later).
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const current = profileName(workstation.profile, t);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(idle);
    const result = await callHost('workstation:create', {
      name,
      ...(pin ? { pin } : {}),
      ...(Number.isInteger(minutes) && minutes > 0 ? { idleLockMinutes: minutes } : {}),
      ...(Number.isInteger(Number(retention)) && Number(retention) > 0 ? { retentionDays: Number(retention) } : {}),
      shopIds: excluded.size === 0 ? null : (allShops.data ?? []).map((shop) => shop.id).filter((shopId) => !excluded.has(shopId)),
    });
    if (!result.ok) return setStatus({ error: true, text: t(messages.hostError, { error: result.error.message }) });
    setStatus({ error: false, text: t(messages.created, { name: result.value.name }) });
    setName('');
    setPin('');
    await workstation.refresh();
  };
  const doRename = async (event: FormEvent) => {
    event.preventDefault();
    const result = await callHost('workstation:rename', { session: workstation.session, name: rename });
    if (!result.ok) return setStatus({ error: true, text: t(messages.hostError, { error: result.error.message }) });
    setRename('');
    setStatus(null);
    await workstation.refresh();
  };

  return (
    <div className="profiles-panel">
      <ul className="profile-list">
        {workstation.profiles.map((profile) => (
          <li key={profile.id}>
            {profile.id === workstation.profile.id ? (
              <span>
                {current} {t(messages.current)}
              </span>
            ) : (
              <button type="button" onClick={() => workstation.switchTo(profile.id)}>
                {t(messages.openProfile, { name: profileName(profile, t) })}
              </button>
            )}
            {profile.hasPin && <span className="badge">{t(messages.withPin)}</span>}
          </li>
        ))}
      </ul>
      <form className="profile-form" onSubmit={(event) => void create(event)} aria-labelledby={`${id}-create`}>
        <h3 id={`${id}-create`}>{t(messages.createTitle)}</h3>
        <label htmlFor={`${id}-name`}>{t(messages.nameLabel)}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={60} required />
        <label htmlFor={`${id}-pin`}>{t(messages.newPinLabel)}</label>
        <input
          id={`${id}-pin`}
          type="password"
          autoComplete="new-password"
          value={pin}
          minLength={4}
          onChange={(e) => setPin(e.target.value)}
        />
        <label htmlFor={`${id}-idle`}>{t(messages.idleLabel)}</label>
        <input id={`${id}-idle`} type="number" min={1} max={240} value={idle} onChange={(e) => setIdle(e.target.value)} />
        <label htmlFor={`${id}-retention`}>{t(messages.retentionLabel)}</label>
        <input id={`${id}-retention`} type="number" min={1} max={3650} value={retention} onChange={(e) => setRetention(e.target.value)} />
        {allShops.data && allShops.data.length > 1 && (
          <fieldset>
            <legend>{t(messages.shopsLegend)}</legend>
            {allShops.data.map((shop) => (
              <label key={shop.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={!excluded.has(shop.id)}
                  onChange={(e) => {
                    const next = new Set(excluded);
                    if (e.target.checked) next.delete(shop.id);
                    else next.add(shop.id);
                    setExcluded(next);
                  }}
                />{' '}
                {shop.label} ({shop.market})
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit">{t(messages.create)}</button>
      </form>
      <form className="profile-form" onSubmit={(event) => void doRename(event)}>
        <label htmlFor={`${id}-rename`}>{t(messages.renameLabel)}</label>
        <input id={`${id}-rename`} value={rename} onChange={(e) => setRename(e.target.value)} maxLength={60} required />
        <button type="submit">{t(messages.rename)}</button>
      </form>
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'field-error' : undefined}>
          {status.text}
        </p>
      )}
      {confirmWipe ? (
        <div role="group" aria-labelledby={`${id}-wipe`} className="wipe-confirm">
          <p id={`${id}-wipe`}>{t(messages.wipeConfirmText, { name: current })}</p>
          <button type="button" className="danger" onClick={workstation.wipe}>
            {t(messages.wipeConfirm)}
          </button>
          <button type="button" onClick={() => setConfirmWipe(false)}>
            {t(messages.cancel)}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmWipe(true)}>
          {t(messages.wipe)}
        </button>
      )}
    </div>
  );
}
