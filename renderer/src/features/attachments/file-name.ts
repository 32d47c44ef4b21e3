/**
 * The name a downloaded attachment is saved under. The name comes from the buyer or the marketplace,
 * so it is made harmless for every file system before the browser gets it: no path (a name is never
 * a place), no control or direction characters (which could make "evil⟪RLO⟫gnp.exe" display as a PNG
 * in the save dialog), none of the characters Windows forbids, no trailing dots or spaces, no
 * reserved device names (CON, NUL, COM1…), and at most 120 characters with its extension kept. Pure.
 */
export function safeDownloadName(name: string, fallback = 'attachment'): string {
  let safe = name
    .normalize('NFC')
    // Control characters (C0, DEL, C1), bidi controls and marks, zero-width and BOM characters: the
    // point is to match control characters, which the lint rule exists to flag by accident.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[/\\]/g, '_')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i.test(safe)) safe = `_${safe}`;
  if (safe === '') return fallback;
  return truncateKeepingExtension(safe, 120);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = Array.from(extension ? name.slice(0, dot) : name).slice(0, max - Array.from(extension).length);
  return stem.join('') + extension;
}
