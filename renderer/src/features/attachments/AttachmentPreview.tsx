import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../ui/i18n';
import { SafeName } from '../../ui/SafeName';
import { neutraliseBidi } from '../../ui/safe-text';
import type { LoadedAttachment } from './attachment-loader';
import { messages } from './attachments.messages';
import { PdfPreview } from './PdfPreview';
import { useBlobUrl } from './useBlobUrl';

interface Props {
  name: string;
  loaded: LoadedAttachment;
  onDownload(): void;
  onClose(): void;
}

/**
 * A previewed attachment in a modal dialog named by the file name: a native <dialog> opened with
 * showModal(), so the rest of the console is inert while it is open (focus stays inside), Esc closes
 * it and focus returns to the button that opened it. Images are shown in an <img> from a blob: URL
 * (an image element never runs scripts); PDFs are drawn by pdf.js. Nothing else is ever previewed.
 */
export function AttachmentPreview({ name, loaded, onDownload, onClose }: Props) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [imageFailed, setImageFailed] = useState(false);
  const { preview } = loaded;
  // The image is shown under the type its bytes proved, whatever the marketplace claimed.
  const imageBlob = useMemo(
    () => (preview.kind === 'image' ? new Blob([loaded.blob], { type: preview.type }) : null),
    [loaded.blob, preview],
  );
  const imageUrl = useBlobUrl(imageBlob);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="attachment-preview" aria-labelledby={headingId} onClose={onClose}>
      <header>
        <h2 id={headingId}>
          <SafeName kind="file" text={name} />
        </h2>
        <button type="button" onClick={onDownload}>
          {t(messages.download)}
        </button>
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          {t(messages.close)}
        </button>
      </header>
      <div className="attachment-preview-body">
        {preview.kind === 'image' &&
          (imageFailed ? (
            <p role="alert">{t(messages.imageFailed)}</p>
          ) : (
            imageUrl && <img src={imageUrl} alt={neutraliseBidi(name)} onError={() => setImageFailed(true)} />
          ))}
        {preview.kind === 'pdf' && <PdfPreview blob={loaded.blob} />}
      </div>
    </dialog>
  );
}
