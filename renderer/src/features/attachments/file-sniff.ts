/**
 * What an attachment really is, read from its leading bytes (magic numbers), and whether the console
 * may show it inside itself. A marketplace file's name and Content-Type are claims made by whoever
 * uploaded it; only a file whose bytes agree with its claimed type, and whose type is one the console
 * renders without running anything (raster images in an <img>, PDFs drawn by pdf.js onto a canvas), is
 * previewed. Everything else (HTML, SVG, scripts, office files, archives, a "PNG" that is not one) is
 * offered for download only. Pure functions: no DOM.
 */

/** The file kinds the console recognises by their bytes. */
export type SniffedType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf';

/** How many leading bytes sniffing needs. */
export const sniffLength = 16;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** The type the leading bytes show, or null when they match none of the recognised kinds. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // PDF readers accept the header anywhere in the first KiB; the console only takes it at the start,
  // so a file that is something else first (a polyglot) is not previewed.
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

const extensionTypes: Readonly<Record<string, SniffedType>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

/** The recognised type a file name's extension claims ("photo.JPG" → image/jpeg), or null. */
export function typeFromName(name: string): SniffedType | null {
  const match = /\.([A-Za-z0-9]+)$/.exec(name.trim());
  return match ? (extensionTypes[(match[1] ?? '').toLowerCase()] ?? null) : null;
}

/** Media types that claim nothing (a server that does not know): then the name's extension is the claim. */
const unspecific = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download']);

/** How an attachment may be shown: as an image, as a PDF, or only offered for download (with why). */
export type PreviewDecision =
  { kind: 'image' | 'pdf'; type: SniffedType } | { kind: 'download-only'; reason: 'not-previewable' | 'type-mismatch' };

/**
 * Decides how to show a fetched file from its claimed media type (the answer's Content-Type; the name's
 * extension when that says nothing) and its leading bytes: previewed only when the claim names a
 * recognised kind AND the bytes are that same kind (image/jpg counts as image/jpeg). A claim the bytes
 * contradict, or a name that pretends to be a previewable kind while the type or the bytes say
 * otherwise, is a `type-mismatch` (a spoofed or broken file); any other type is `not-previewable`.
 */
export function decidePreview(claimedType: string, name: string, leading: Uint8Array): PreviewDecision {
  const claimed = normaliseType(claimedType);
  const byName = typeFromName(name);
  const claim = unspecific.has(claimed) ? byName : claimed;
  const actual = sniffType(leading);
  if (claim !== null && isSniffed(claim)) {
    if (actual !== claim) return { kind: 'download-only', reason: 'type-mismatch' };
    return { kind: actual === 'application/pdf' ? 'pdf' : 'image', type: actual };
  }
  return { kind: 'download-only', reason: byName !== null || actual !== null ? 'type-mismatch' : 'not-previewable' };
}

function normaliseType(type: string): string {
  const bare = (type.split(';')[0] ?? '').trim().toLowerCase();
  return bare === 'image/jpg' || bare === 'image/pjpeg' ? 'image/jpeg' : bare;
}

function isSniffed(type: string): type is SniffedType {
  return Object.values(extensionTypes).includes(type as SniffedType);
}
