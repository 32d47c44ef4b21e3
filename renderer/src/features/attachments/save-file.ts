import { safeDownloadName } from './file-name';

/**
 * Saves a file through the browser's download (an `<a download>` of a blob: URL), under a sanitised
 * name. The bytes are re-typed application/octet-stream so nothing in the browser is tempted to
 * display them, and the URL is revoked once the download has had time to start.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeDownloadName(name);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
