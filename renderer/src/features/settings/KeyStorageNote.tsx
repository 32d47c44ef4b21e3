import { useQuery } from '@tanstack/react-query';
import { callHostOrThrow } from '../../host/host-client';
import { useT } from '../../ui/i18n';
import { messages as keyStorageMessages } from './key-storage.messages';

/**
 * Says where the host keeps shop keys; when there is no real keychain (keys kept for this session
 * only) the note is a warning the seller cannot miss. Nothing is shown for a host that does not say.
 */
export function KeyStorageNote() {
  const info = useQuery({ queryKey: ['app-info'], queryFn: () => callHostOrThrow('app:info', {}), staleTime: Infinity });
  const t = useT();
  const storage = info.data?.keyStorage;
  if (!storage) return null;
  if (storage === 'session') {
    return (
      <p className="panel-message key-storage" role="status">
        {t(keyStorageMessages.session)}
      </p>
    );
  }
  return <p className="muted key-storage">{t(keyStorageMessages[storage])}</p>;
}
