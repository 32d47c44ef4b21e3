import type { ProfileSummary } from '../../host/host-contract';
import { useT } from '../../ui/i18n';
import { profileName } from './profile-name';
import { messages } from './team.messages';

/**
 * The select of who something is assigned to: "Unassigned" or one of the workstation's profiles.
 * `onChange` gets the chosen profile's id, or null for nobody. The caller renders the label.
 */
export function ProfileSelect(props: {
  id: string;
  value: string;
  disabled: boolean;
  profiles: readonly ProfileSummary[];
  onChange: (profileId: string | null) => void;
}) {
  const t = useT();
  return (
    <select
      id={props.id}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.target.value === '' ? null : e.target.value)}
    >
      <option value="">{t(messages.unassigned)}</option>
      {props.profiles.map((p) => (
        <option key={p.id} value={p.id}>
          {profileName(p, t)}
        </option>
      ))}
    </select>
  );
}
