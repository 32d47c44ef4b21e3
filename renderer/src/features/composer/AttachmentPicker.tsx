import { useId } from 'react';
import type { OutboxAttachment } from '../../data/records';
import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { neutraliseBidi } from '../../ui/safe-text';
import { useFormat } from '../../ui/useFormat';
import { messages } from './composer.messages';

interface Props {
  files: readonly OutboxAttachment[];
  onChange: (files: OutboxAttachment[]) => void;
  disabled?: boolean;
}

/**
 * Files to send with a reply: chosen from disk, listed, removable before sending. They are kept
 * as Blobs, which is how the outbox stores them (so they survive a restart once the reply is sent
 * to the outbox).
 */
export function AttachmentPicker({ files, onChange, disabled }: Props) {
  const inputId = useId();
  const t = useT();
  const { formatSize } = useFormat();
  return (
    <div className="attachment-picker">
      <input
        id={inputId}
        type="file"
        multiple
        disabled={disabled}
        className="visually-hidden"
        onChange={(event) => {
          const chosen = Array.from(event.target.files ?? []).map((file) => ({
            name: file.name,
            type: file.type || 'application/octet-stream',
            blob: file.slice(0, file.size, file.type || 'application/octet-stream'),
          }));
          event.target.value = '';
          if (chosen.length > 0) onChange([...files, ...chosen]);
        }}
      />
      <label htmlFor={inputId} className={`attach-button${disabled ? ' disabled' : ''}`}>
        {t(messages.attachFiles)}
      </label>
      {files.length > 0 && (
        <ul className="chosen-files" aria-label={t(messages.filesToSend)}>
          {files.map((file, index) => (
            <li key={`${index}-${file.name}`}>
              📎 <SafeName kind="file" text={file.name} /> <span className="muted">{formatSize(file.blob.size)}</span>{' '}
              <button
                type="button"
                disabled={disabled}
                aria-label={t(messages.removeFile, { name: neutraliseBidi(file.name) })}
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              >
                {t(messages.remove)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
