/**
 * Text from buyers and the marketplace (file names, buyer names, topics) shown so that it cannot
 * lie about itself. Unicode's bidirectional controls reorder what follows them on screen without
 * showing themselves: `evil<RLO>gnp.exe` displays as "evilexe.png", a program dressed as a photo.
 * Here every such control is replaced by a visible marker (⟪RLO⟫), so the text reads in its
 * logical order and the seller sees where something was hidden. Pure functions: no DOM, no React.
 */

/** The controls and marks, by their Unicode abbreviations (what the marker shows). */
const controlNames: Readonly<Record<string, string>> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  // The marks reorder nothing by themselves but steer neutral characters (dots, brackets) around
  // them, which is enough to move an extension; they are treated like the controls.
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u061C': 'ALM',
};

// No `g` flag on the test pattern: a global regex keeps lastIndex between test() calls.
const anyControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const eachControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A run of ordinary text (`control: null`), or the visible marker of one control (`control: 'RLO'`). */
export interface SafeSegment {
  text: string;
  control: string | null;
}

/** What a file name really is, whatever it displays as. */
export interface FileNameCheck {
  /** The name with every control shown as a marker (see neutraliseBidi). */
  shown: string;
  /** The extension the name really ends with, lower-case without the dot ("exe"); null when it has none. */
  extension: string | null;
  /** Whether the name holds direction controls or marks. */
  hiddenDirection: boolean;
}

function marker(control: string): string {
  return `⟪${controlNames[control] ?? 'BIDI'}⟫`;
}

/** Whether `text` holds a bidirectional control or direction mark (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C). */
export function hasBidiControls(text: string): boolean {
  return anyControl.test(text);
}

/**
 * `text` with each bidirectional control replaced by a visible marker ("evil⟪RLO⟫gnp.exe"); text
 * without controls comes back unchanged. Use it wherever such text leaves the screen's own
 * rendering: aria-labels, titles, data attributes, copied text.
 */
export function neutraliseBidi(text: string): string {
  return text.replace(eachControl, marker);
}

/** `text` split into ordinary runs and control markers, in logical order, for a view to style the markers apart. */
export function bidiSegments(text: string): SafeSegment[] {
  const segments: SafeSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(eachControl)) {
    if (match.index > from) segments.push({ text: text.slice(from, match.index), control: null });
    segments.push({ text: marker(match[0]), control: controlNames[match[0]] ?? 'BIDI' });
    from = match.index + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from), control: null });
  return segments;
}

/**
 * Checks a file name: how to show it, and the extension it really has (read from the name in
 * logical order with the controls taken out, since that is what the operating system goes by).
 * A name whose only dot leads it (".bashrc") or ends it ("file.") has no extension.
 */
export function checkFileName(name: string): FileNameCheck {
  const bare = name.replace(eachControl, '');
  const dot = bare.lastIndexOf('.');
  const extension = dot > 0 && dot < bare.length - 1 ? bare.slice(dot + 1).toLowerCase() : null;
  return { shown: neutraliseBidi(name), extension, hiddenDirection: hasBidiControls(name) };
}
