import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { neutraliseBidi } from '../../ui/safe-text';
import { AttachmentLoadError, type LoadedAttachment } from './attachment-loader';
import { AttachmentPreview } from './AttachmentPreview';
import { messages } from './attachments.messages';
import { typeFromName } from './file-sniff';
import { formatBytes } from './format-bytes';
import { saveFile } from './save-file';
import { useAttachment, type AttachmentIntent, type FetchProgress } from './useAttachment';
import './attachments.css';

interface Props {
  shopId: string;
  attachment: { id: string; name: string; size?: number };
}

/**
 * One attachment of a message: its name (isolated, see SafeName), its size, "Open" for files whose
 * name says image or PDF, and "Download". Either action loads the file once (offline cache, else
 * M13) showing progress; a failure says why (offline and not kept, refused, too large) with a retry.
 * Open previews only when the bytes prove the claimed type; otherwise it says so and leaves Download.
 */
export function AttachmentItem({ shopId, attachment }: Props) {
  const t = useT();
  const intl = useIntl();
  const load = useAttachment(shopId, attachment);
  const [previewing, setPreviewing] = useState(false);
  const label = neutraliseBidi(attachment.name);
  const loaded = load.data;
  const refused = loaded?.preview.kind === 'download-only';
  const offersOpen = typeFromName(attachment.name) !== null && !refused;

  const act = (intent: AttachmentIntent, file: LoadedAttachment): void => {
    if (intent === 'download') saveFile(file.blob, attachment.name);
    else if (file.preview.kind !== 'download-only') setPreviewing(true);
  };
  // The buttons stay enabled (aria-disabled) while fetching: a disabled button drops focus, and the
  // preview dialog then could not give it back to the button that opened it.
  const run = (intent: AttachmentIntent): void => {
    if (loaded) act(intent, loaded);
    else if (!load.isPending) load.mutate(intent, { onSuccess: (fetched) => act(intent, fetched) });
  };
  const failure = load.error instanceof AttachmentLoadError ? load.error.failure : null;
  const failureText = failure ? describeFailure(failure) : load.error ? t(messages.errorOther, { reason: load.error.message }) : null;

  function describeFailure(f: AttachmentLoadError['failure']): string | null {
    switch (f.kind) {
      case 'aborted':
        return null;
      case 'offline':
        return t(messages.errorOffline);
      case 'too-large':
        return t(messages.errorTooLarge, { limit: formatBytes(intl, f.limitBytes) });
      case 'refused':
        return t(messages.errorRefused, { reason: f.message });
      default:
        return t(messages.errorOther, { reason: f.message });
    }
  }

  return (
    <li className="attachment" data-attachment-id={attachment.id}>
      <span aria-hidden="true">📎 </span>
      <SafeName kind="file" text={attachment.name} />
      {attachment.size !== undefined && <span className="attachment-size muted"> {formatBytes(intl, attachment.size)}</span>}{' '}
      {offersOpen && (
        <button
          type="button"
          className="link-button"
          aria-label={t(messages.openLabel, { name: label })}
          onClick={() => run('open')}
          aria-disabled={load.isPending}
        >
          {t(messages.open)}
        </button>
      )}{' '}
      <button
        type="button"
        className="link-button"
        aria-label={t(messages.downloadLabel, { name: label })}
        onClick={() => run('download')}
        aria-disabled={load.isPending}
      >
        {t(messages.download)}
      </button>
      {load.isPending && <Progress name={label} progress={load.progress} />}
      {failureText && (
        <p className="attachment-error" role="alert">
          {failureText}{' '}
          <button type="button" onClick={() => run(load.variables ?? 'open')}>
            {t(messages.retry)}
          </button>
        </p>
      )}
      {refused && load.variables === 'open' && (
        <p className="attachment-note" role="status">
          {t(
            loaded?.preview.kind === 'download-only' && loaded.preview.reason === 'type-mismatch'
              ? messages.typeMismatch
              : messages.notPreviewable,
          )}
        </p>
      )}
      {previewing && loaded && (
        <AttachmentPreview
          name={attachment.name}
          loaded={loaded}
          onDownload={() => saveFile(loaded.blob, attachment.name)}
          onClose={() => setPreviewing(false)}
        />
      )}
    </li>
  );
}

function Progress({ name, progress }: { name: string; progress: FetchProgress | null }) {
  const t = useT();
  const total = progress?.total ?? null;
  const text =
    total && progress
      ? t(messages.fetchingPercent, { name, percent: Math.min(1, progress.received / total) })
      : t(messages.fetching, { name });
  return (
    <span className="attachment-progress" role="status">
      {total && progress ? <progress value={progress.received} max={total} aria-hidden="true" /> : <progress aria-hidden="true" />} {text}
    </span>
  );
}
