import { describe, expect, it } from 'vitest';
import { decidePreview, sniffType, typeFromName } from './file-sniff';

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? Array.from(v, (c) => c.charCodeAt(0)) : [v])));

const png = bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 'IHDR');
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0);
const gif = bytes('GIF89a', 1, 0, 1, 0);
const webp = bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ');
const pdf = bytes('%PDF-1.4\n%');
const html = bytes('<!doctype html><script>alert(1)</script>');
const svg = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');

describe('sniffType', () => {
  it.each([
    ['PNG', png, 'image/png'],
    ['JPEG', jpeg, 'image/jpeg'],
    ['GIF', gif, 'image/gif'],
    ['WebP', webp, 'image/webp'],
    ['PDF', pdf, 'application/pdf'],
  ])('recognises %s by its leading bytes', (_name, leading, type) => {
    expect(sniffType(leading)).toBe(type);
  });

  it('recognises nothing in HTML, SVG, a RIFF that is not WebP, a PDF header not at the start, or too few bytes', () => {
    expect(sniffType(html)).toBeNull();
    expect(sniffType(svg)).toBeNull();
    expect(sniffType(bytes('RIFF', 0, 0, 0, 0, 'WAVEfmt '))).toBeNull();
    expect(sniffType(bytes(' %PDF-1.4'))).toBeNull();
    expect(sniffType(png.slice(0, 7))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
});

describe('typeFromName', () => {
  it('reads the extension case-insensitively and knows only previewable kinds', () => {
    expect(typeFromName('Zdjęcie.JPG')).toBe('image/jpeg');
    expect(typeFromName('etykieta.pdf')).toBe('application/pdf');
    expect(typeFromName('drawing.svg')).toBeNull();
    expect(typeFromName('page.html')).toBeNull();
    expect(typeFromName('README')).toBeNull();
  });
});

describe('decidePreview', () => {
  it('previews a file whose bytes are the type it claims', () => {
    expect(decidePreview('image/png', 'a.png', png)).toEqual({ kind: 'image', type: 'image/png' });
    expect(decidePreview('image/jpg', 'photo.jpeg', jpeg)).toEqual({ kind: 'image', type: 'image/jpeg' });
    expect(decidePreview('application/pdf; name="x.pdf"', 'x.pdf', pdf)).toEqual({ kind: 'pdf', type: 'application/pdf' });
  });

  it('takes the name as the claim when the type says nothing', () => {
    expect(decidePreview('application/octet-stream', 'label.pdf', pdf)).toEqual({ kind: 'pdf', type: 'application/pdf' });
    expect(decidePreview('', 'photo.png', png)).toEqual({ kind: 'image', type: 'image/png' });
    expect(decidePreview('application/octet-stream', 'notes.bin', png)).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
  });

  it('offers a file claiming image/png that is not a PNG for download only', () => {
    expect(decidePreview('image/png', 'photo.png', html)).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
    expect(decidePreview('image/png', 'photo.png', jpeg)).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
    expect(decidePreview('application/pdf', 'label.pdf', png)).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
  });

  it('never previews HTML or SVG, whatever the name says', () => {
    expect(decidePreview('text/html', 'photo.png', html)).toEqual({ kind: 'download-only', reason: 'type-mismatch' });
    expect(decidePreview('image/svg+xml', 'drawing.svg', svg)).toEqual({ kind: 'download-only', reason: 'not-previewable' });
    expect(decidePreview('text/html', 'page.html', html)).toEqual({ kind: 'download-only', reason: 'not-previewable' });
  });
});
