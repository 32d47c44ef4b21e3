/**
 * The inbox's keyboard shortcuts as a pure mapping from a key press and what has the focus to an
 * action, so the rules (letters never fire while typing, Esc always does, arrows stay with the
 * controls and scrolling areas that use them) are tested without a browser. The wiring that acts
 * on the answer lives in app/ (useKeyboardTriage).
 */

export type ShortcutAction = 'next' | 'previous' | 'open' | 'reply' | 'back' | 'search' | 'help' | 'go';

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyStroke {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What the focused element does with keys itself (see describeFocus). */
export interface FocusContext {
  /** A text field, a select or an editable area: letters, Enter and arrows are its own. */
  typing: boolean;
  /** Arrows belong to the element (a radio group, a slider) or to the area it scrolls (the open thread). */
  ownsArrows: boolean;
  /** A control that Enter activates itself (a button, a link, a checkbox). */
  activatesOnEnter: boolean;
  /** Inside a modal dialog, which handles its own keys (Esc closes it). */
  inDialog: boolean;
}

/** The element facts describeFocus needs: a DOM element fits, and so does a plain object in a test. */
export interface FocusedElement {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  role?: string | null;
}

const textInputTypes = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);
const arrowInputTypes = new Set(['radio', 'range']);
const arrowRoles = new Set([
  'listbox',
  'menu',
  'menubar',
  'radiogroup',
  'slider',
  'spinbutton',
  'tablist',
  'tree',
  'grid',
  'combobox',
  'textbox',
]);

/**
 * Classifies the focused element (null: nothing, i.e. the page itself). `where` says whether it sits
 * in the open thread, whose arrows scroll its messages, and whether a modal dialog holds it.
 */
export function describeFocus(element: FocusedElement | null, where: { inThread: boolean; inDialog: boolean }): FocusContext {
  const tag = element?.tagName.toLowerCase() ?? '';
  const type = (element?.type ?? '').toLowerCase();
  const role = element?.role ?? null;
  const typing =
    tag === 'textarea' ||
    tag === 'select' ||
    (tag === 'input' && textInputTypes.has(type)) ||
    element?.isContentEditable === true ||
    role === 'textbox' ||
    role === 'combobox' ||
    role === 'searchbox';
  const activatesOnEnter =
    tag === 'button' || tag === 'a' || tag === 'summary' || (tag === 'input' && !typing) || role === 'button' || role === 'link';
  return {
    typing,
    ownsArrows: typing || (tag === 'input' && arrowInputTypes.has(type)) || (role !== null && arrowRoles.has(role)) || where.inThread,
    activatesOnEnter,
    inDialog: where.inDialog,
  };
}

/**
 * The shortcut a key press asks for, or null when the key belongs to the focused element or is not
 * a shortcut. Presses with Ctrl, Cmd or Alt are never shortcuts here (they are the browser's and
 * the composer's, e.g. Ctrl+Enter sends). Shift is allowed, as `?` needs it on most layouts.
 */
export function shortcutFor(stroke: KeyStroke, focus: FocusContext): ShortcutAction | null {
  if (stroke.ctrlKey || stroke.metaKey || stroke.altKey || focus.inDialog) return null;
  if (stroke.key === 'Escape') return 'back';
  if (focus.typing) return null;
  switch (stroke.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'ArrowDown':
      return focus.ownsArrows ? null : 'next';
    case 'ArrowUp':
      return focus.ownsArrows ? null : 'previous';
    case 'Enter':
      return focus.activatesOnEnter ? null : 'open';
    case 'r':
      return 'reply';
    case '/':
      return 'search';
    case '?':
      return 'help';
    case 'g':
      return 'go';
    default:
      return null;
  }
}

/**
 * The row `delta` steps from `from` in the list's order, clamped to its ends; the first row when
 * `from` is not in the list (nothing chosen yet, or filtered out); null when the list is empty.
 */
export function stepInOrder<K>(order: readonly K[], from: K | null, delta: number, same: (a: K, b: K) => boolean): K | null {
  if (order.length === 0) return null;
  const at = from === null ? -1 : order.findIndex((k) => same(k, from));
  if (at < 0) return order[0] ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + delta))] ?? null;
}

/** The views the keyboard route reaches: `g` then `i` (Inbox), `c` (Cases) or `a` (Absence). */
export type ViewRoute = 'inbox' | 'cases' | 'absence';

/** How long after `g` the second key of a route counts, in ms. */
export const GO_ROUTE_TIMEOUT_MS = 1500;

const routeKeys: Readonly<Record<string, ViewRoute>> = { i: 'inbox', c: 'cases', a: 'absence' };

/**
 * The view the key pressed after `g` goes to, or null (not a route key, a modifier held, typing or in
 * a dialog: then the key is left alone and the route is abandoned).
 */
export function viewRouteFor(stroke: KeyStroke, focus: FocusContext): ViewRoute | null {
  if (stroke.ctrlKey || stroke.metaKey || stroke.altKey || focus.typing || focus.inDialog) return null;
  return Object.hasOwn(routeKeys, stroke.key) ? (routeKeys[stroke.key] ?? null) : null;
}
