import { describe, expect, it } from 'vitest';
import { decodeText, guessSingleByte } from './decode-text';

const polish = 'Przyczyna;Źródło\nŚwięty ząb;ąśź ĄŚŹ łóżć\n';

function singleByte(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}
// The Polish letters of the sample in each encoding.
const windows1250: Record<string, number> = {
  ą: 0xb9,
  Ą: 0xa5,
  ś: 0x9c,
  Ś: 0x8c,
  ź: 0x9f,
  Ź: 0x8f,
  ł: 0xb3,
  ó: 0xf3,
  ż: 0xbf,
  ć: 0xe6,
  ę: 0xea,
};
const iso88592: Record<string, number> = {
  ą: 0xb1,
  Ą: 0xa1,
  ś: 0xb6,
  Ś: 0xa6,
  ź: 0xbc,
  Ź: 0xac,
  ł: 0xb3,
  ó: 0xf3,
  ż: 0xbf,
  ć: 0xe6,
  ę: 0xea,
};

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(polish);
    expect(decodeText(bytes)).toEqual({ text: polish, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: polish, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(utf16(polish, true))).toEqual({ text: polish, encoding: 'utf-16le' });
    expect(decodeText(utf16(polish, false))).toEqual({ text: polish, encoding: 'utf-16be' });
  });

  it('reads Windows-1250 and ISO-8859-2 Polish', () => {
    expect(decodeText(singleByte(polish, windows1250))).toEqual({ text: polish, encoding: 'windows-1250' });
    expect(decodeText(singleByte(polish, iso88592))).toEqual({ text: polish, encoding: 'iso-8859-2' });
  });

  it('tells ISO-8859-2 from Windows-1250 by ą alone, and takes Windows-1250 on a tie', () => {
    expect(guessSingleByte(singleByte('ząb', iso88592))).toBe('iso-8859-2');
    expect(guessSingleByte(singleByte('ząb', windows1250))).toBe('windows-1250');
    expect(guessSingleByte(singleByte('łóżko', iso88592))).toBe('windows-1250');
  });
});
