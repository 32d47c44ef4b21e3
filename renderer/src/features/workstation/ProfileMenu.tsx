import { useState } from 'react';
import { useT } from '../../ui/i18n';
import { AuditLog } from './AuditLog';
import { Modal } from './Modal';
import { ProfilesPanel } from './ProfilesPanel';
import { profileName } from './profile-name';
import { useOptionalWorkstation } from './workstation-context';
import { messages } from './workstation.messages';

/**
 * The top bar's profile controls: the open profile's name (opens the profiles dialog: switch,
 * create, rename, wipe), the audit log, and Lock (Ctrl+Alt+L) for a profile with a PIN.
 */
export function ProfileMenu() {
  const t = useT();
  const workstation = useOptionalWorkstation();
  const [dialog, setDialog] = useState<'profiles' | 'audit' | null>(null);
  if (!workstation) return null;
  const name = profileName(workstation.profile, t);
  return (
    <span className="profile-menu">
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('profiles')}>
        {t(messages.profileLabel, { name })}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('audit')}>
        {t(messages.auditLog)}
      </button>
      {workstation.profile.hasPin && (
        <button type="button" title={t(messages.lockNowTitle)} aria-keyshortcuts="Control+Alt+L" onClick={workstation.lock}>
          {t(messages.lockNow)}
        </button>
      )}
      <Modal open={dialog === 'profiles'} title={t(messages.pickerTitle)} onClose={() => setDialog(null)}>
        <ProfilesPanel />
      </Modal>
      <Modal open={dialog === 'audit'} title={t(messages.auditLog)} onClose={() => setDialog(null)}>
        <AuditLog />
      </Modal>
    </span>
  );
}
