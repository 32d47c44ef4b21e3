// Reading a CSV's bytes as text, whatever encoding the seller's spreadsheet saved it in.

/** The encodings a complaint CSV is read in (WHATWG Encoding Standard labels). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250' | 'iso-8859-2';

// Polish letters whose byte differs between the two single-byte encodings (the rest, ć ę ł ń ó ż,
// share one byte in both). Windows-1250: Ą A5, ą B9, Ś 8C, ś 9C, Ź 8F, ź 9F. ISO-8859-2: Ą A1, ą B1,
// Ś A6, ś B6, Ź AC, ź BC.
const windowsOnly = new Set([0xa5, 0xb9, 0x8c, 0x9c, 0x8f, 0x9f]);
const isoOnly = new Set([0xa1, 0xb1, 0xa6, 0xb6, 0xac, 0xbc]);

/**
 * Which single-byte encoding a non-UTF-8 Polish file is in. Heuristic: bytes 0x80–0x9F are control
 * codes in ISO-8859-2 and never appear in its text, but are letters and punctuation („ ” – Ś ś Ź ź) in
 * Windows-1250, so any of them means Windows-1250. Otherwise the bytes of ą Ą ś Ś ź Ź are counted
 * in each encoding's positions and the larger count wins; a tie (no such letter) is Windows-1250,
 * what Excel on Windows writes for Polish.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1250' | 'iso-8859-2' {
  let windows = 0;
  let iso = 0;
  for (const byte of bytes) {
    if (byte >= 0x80 && byte <= 0x9f) return 'windows-1250';
    if (windowsOnly.has(byte)) windows += 1;
    else if (isoOnly.has(byte)) iso += 1;
  }
  return iso > windows ? 'iso-8859-2' : 'windows-1250';
}

/**
 * Decodes a text file: a byte-order mark decides first (UTF-8, UTF-16 LE or BE; the mark is dropped);
 * without one, bytes that are valid UTF-8 are UTF-8 (TextDecoder with `fatal`), and anything else is
 * Windows-1250 or ISO-8859-2 as guessSingleByte decides. Never throws.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = guessSingleByte(bytes);
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}
