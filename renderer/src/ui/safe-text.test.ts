import { describe, expect, it } from 'vitest';
import { bidiSegments, checkFileName, hasBidiControls, neutraliseBidi } from './safe-text';

// Escapes, not literal characters, so the cases read the same in every editor and review tool.
const RLO = '\u202E';
const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];

describe('hasBidiControls', () => {
  it('finds every embedding, override, isolate and direction mark', () => {
    for (const c of controls) expect(hasBidiControls(`a${c}b`), `U+${c.codePointAt(0)?.toString(16)}`).toBe(true);
  });

  it('leaves ordinary names alone, right-to-left scripts included', () => {
    for (const name of ['label.pdf', 'Łukasz Żółć', 'Jānis Bērziņš', 'محمد علي', 'שלום.txt', '', 'a\u200Db'])
      expect(hasBidiControls(name)).toBe(false);
  });

  it('answers the same on every call (no regex state carried over)', () => {
    expect([hasBidiControls(`x${RLO}`), hasBidiControls(`x${RLO}`), hasBidiControls(`x${RLO}`)]).toEqual([true, true, true]);
  });
});

describe('neutraliseBidi', () => {
  it('shows an override as a visible marker, so the name reads in logical order', () => {
    expect(neutraliseBidi(`evil${RLO}gnp.exe`)).toBe('evil⟪RLO⟫gnp.exe');
    expect(neutraliseBidi(`evil${RLO}gnp.exe`).endsWith('.exe')).toBe(true);
  });

  it('names each kind of control', () => {
    expect(controls.map((c) => neutraliseBidi(c)).join(' ')).toBe(
      '⟪LRE⟫ ⟪RLE⟫ ⟪PDF⟫ ⟪LRO⟫ ⟪RLO⟫ ⟪LRI⟫ ⟪RLI⟫ ⟪FSI⟫ ⟪PDI⟫ ⟪LRM⟫ ⟪RLM⟫ ⟪ALM⟫',
    );
  });

  it('returns ordinary text unchanged', () => {
    expect(neutraliseBidi('Zwrot towaru – faktura 12/2025')).toBe('Zwrot towaru – faktura 12/2025');
    expect(neutraliseBidi('محمد علي')).toBe('محمد علي');
  });

  it('leaves no control behind', () => {
    const shown = neutraliseBidi(controls.join('x'));
    expect(controls.filter((c) => shown.includes(c))).toEqual([]);
  });
});

describe('bidiSegments', () => {
  it('splits text and markers, in logical order', () => {
    expect(bidiSegments(`a${RLO}b\u2066\u2069`)).toEqual([
      { text: 'a', control: null },
      { text: '⟪RLO⟫', control: 'RLO' },
      { text: 'b', control: null },
      { text: '⟪LRI⟫', control: 'LRI' },
      { text: '⟪PDI⟫', control: 'PDI' },
    ]);
    expect(bidiSegments('plain')).toEqual([{ text: 'plain', control: null }]);
    expect(bidiSegments('')).toEqual([]);
  });
});

describe('checkFileName', () => {
  it('reports the real extension of a disguised file', () => {
    expect(checkFileName(`evil${RLO}gnp.exe`)).toEqual({ shown: 'evil⟪RLO⟫gnp.exe', extension: 'exe', hiddenDirection: true });
    expect(checkFileName(`invoice${RLO}fdp.js`).extension).toBe('js');
    // The control sits inside the extension: the file is still what its last dot says.
    expect(checkFileName(`photo.e${RLO}xe`)).toEqual({ shown: 'photo.e⟪RLO⟫xe', extension: 'exe', hiddenDirection: true });
  });

  it('reports ordinary names as they are', () => {
    expect(checkFileName('label.PDF')).toEqual({ shown: 'label.PDF', extension: 'pdf', hiddenDirection: false });
    expect(checkFileName('archive.tar.gz').extension).toBe('gz');
  });

  it('has no extension without a dot, after a leading dot only, or with a trailing dot', () => {
    expect(checkFileName('README').extension).toBeNull();
    expect(checkFileName('.bashrc').extension).toBeNull();
    expect(checkFileName('file.').extension).toBeNull();
    expect(checkFileName(`${RLO}.exe`).extension).toBeNull();
  });
});
