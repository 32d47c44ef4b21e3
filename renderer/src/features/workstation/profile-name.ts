import type { ProfileSummary } from '../../host/host-contract';
import type { useT } from '../../ui/i18n';
import { messages } from './workstation.messages';

/** A profile's name for the seller: the default profile (stored without one) is called "Default" in the UI language. */
export function profileName(profile: Pick<ProfileSummary, 'name'>, t: ReturnType<typeof useT>): string {
  return profile.name || t(messages.defaultProfile);
}
