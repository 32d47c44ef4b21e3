import { describe, expect, it } from 'vitest';
import { safeDownloadName } from './file-name';

describe('safeDownloadName', () => {
  it('keeps an ordinary name, letters of every market included', () => {
    expect(safeDownloadName('zdjęcie-usterki.png')).toBe('zdjęcie-usterki.png');
    expect(safeDownloadName('Naljepnica za povrat (2).pdf')).toBe('Naljepnica za povrat (2).pdf');
  });

  it('takes out paths, so a name is never a place', () => {
    expect(safeDownloadName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeDownloadName('C:\\Windows\\evil.exe')).toBe('C__Windows_evil.exe');
  });

  it('takes out direction controls, so the saved name shows its real extension', () => {
    expect(safeDownloadName('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(safeDownloadName('a\u200Fb\u2066c\u0000d\u001f.pdf')).toBe('abcd.pdf');
  });

  it("replaces Windows' forbidden characters and drops trailing dots and spaces", () => {
    expect(safeDownloadName('what?<is>:this|"*.pdf. . ')).toBe('what__is__this___.pdf');
  });

  it('escapes reserved device names and falls back when nothing is left', () => {
    expect(safeDownloadName('CON.txt')).toBe('_CON.txt');
    expect(safeDownloadName('nul')).toBe('_nul');
    expect(safeDownloadName('...')).toBe('attachment');
    expect(safeDownloadName('\u202E')).toBe('attachment');
  });

  it('shortens a long name to 120 characters, keeping its extension', () => {
    const saved = safeDownloadName(`${'ž'.repeat(300)}.jpeg`);
    expect(Array.from(saved)).toHaveLength(120);
    expect(saved.endsWith('ž.jpeg')).toBe(true);
  });
});
