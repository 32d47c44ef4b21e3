import { describe, expect, it } from 'vitest';
import {
  describeFocus,
  shortcutFor,
  stepInOrder,
  viewRouteFor,
  type FocusContext,
  type FocusedElement,
  type KeyStroke,
} from './key-actions';

const press = (key: string, mods: Partial<KeyStroke> = {}): KeyStroke => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const outside = { inThread: false, inDialog: false };
const focusOn = (element: FocusedElement | null, where = outside): FocusContext => describeFocus(element, where);

const page = focusOn(null);
const row = focusOn({ tagName: 'BUTTON' });
const replyBox = focusOn({ tagName: 'TEXTAREA' }, { inThread: true, inDialog: false });
const search = focusOn({ tagName: 'INPUT', type: 'search' });

describe('shortcutFor', () => {
  it('maps the triage keys on the page and on a list row', () => {
    for (const focus of [page, row]) {
      expect(shortcutFor(press('j'), focus)).toBe('next');
      expect(shortcutFor(press('ArrowDown'), focus)).toBe('next');
      expect(shortcutFor(press('k'), focus)).toBe('previous');
      expect(shortcutFor(press('ArrowUp'), focus)).toBe('previous');
      expect(shortcutFor(press('r'), focus)).toBe('reply');
      expect(shortcutFor(press('/'), focus)).toBe('search');
      expect(shortcutFor(press('?', {}), focus)).toBe('help');
      expect(shortcutFor(press('Escape'), focus)).toBe('back');
      expect(shortcutFor(press('x'), focus)).toBeNull();
    }
  });

  it('leaves every key but Esc to a text field, a search field, a select and an editable area', () => {
    const fields = [
      replyBox,
      search,
      focusOn({ tagName: 'INPUT' }),
      focusOn({ tagName: 'INPUT', type: 'text' }),
      focusOn({ tagName: 'SELECT' }),
      focusOn({ tagName: 'DIV', isContentEditable: true }),
      focusOn({ tagName: 'DIV', role: 'searchbox' }),
    ];
    for (const focus of fields) {
      for (const key of ['j', 'k', 'r', '/', '?', 'Enter', 'ArrowDown', 'ArrowUp']) expect(shortcutFor(press(key), focus)).toBeNull();
      expect(shortcutFor(press('Escape'), focus)).toBe('back');
    }
  });

  it('treats a checkbox, a radio and a file picker as controls, not text fields', () => {
    for (const type of ['checkbox', 'radio', 'file']) {
      const focus = focusOn({ tagName: 'INPUT', type });
      expect(focus.typing).toBe(false);
      expect(shortcutFor(press('j'), focus)).toBe('next');
      expect(shortcutFor(press('Enter'), focus)).toBeNull();
    }
  });

  it('lets Enter activate the focused control itself and open the chosen row from the page', () => {
    expect(shortcutFor(press('Enter'), row)).toBeNull();
    expect(shortcutFor(press('Enter'), focusOn({ tagName: 'A' }))).toBeNull();
    expect(shortcutFor(press('Enter'), page)).toBe('open');
    expect(shortcutFor(press('Enter'), focusOn({ tagName: 'SECTION' }))).toBe('open');
  });

  it('keeps the arrows for radios, sliders and the open thread (which they scroll), but j and k still move', () => {
    const radio = focusOn({ tagName: 'INPUT', type: 'radio' });
    const thread = focusOn({ tagName: 'SECTION' }, { inThread: true, inDialog: false });
    const listbox = focusOn({ tagName: 'DIV', role: 'listbox' });
    for (const focus of [radio, thread, listbox]) {
      expect(shortcutFor(press('ArrowDown'), focus)).toBeNull();
      expect(shortcutFor(press('ArrowUp'), focus)).toBeNull();
      expect(shortcutFor(press('j'), focus)).toBe('next');
      expect(shortcutFor(press('k'), focus)).toBe('previous');
    }
  });

  it('never takes a press with Ctrl, Cmd or Alt (Ctrl+Enter sends, Ctrl+R reloads)', () => {
    for (const mods of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }]) {
      for (const key of ['j', 'r', 'Enter', 'Escape', '/']) {
        expect(shortcutFor(press(key, mods), page)).toBeNull();
        expect(shortcutFor(press(key, mods), replyBox)).toBeNull();
      }
    }
  });

  it('does nothing inside a modal dialog, which closes itself on Esc', () => {
    const dialog = focusOn({ tagName: 'BUTTON' }, { inThread: false, inDialog: true });
    for (const key of ['Escape', 'j', '?', 'Enter']) expect(shortcutFor(press(key), dialog)).toBeNull();
  });

  it('does not mistake capitals for the lower-case shortcuts', () => {
    expect(shortcutFor(press('J'), page)).toBeNull();
    expect(shortcutFor(press('R'), page)).toBeNull();
  });
});

describe('stepInOrder', () => {
  const same = (a: string, b: string) => a === b;
  const order = ['a', 'b', 'c'];

  it('steps forward and back and stops at either end', () => {
    expect(stepInOrder(order, 'a', 1, same)).toBe('b');
    expect(stepInOrder(order, 'b', -1, same)).toBe('a');
    expect(stepInOrder(order, 'c', 1, same)).toBe('c');
    expect(stepInOrder(order, 'a', -1, same)).toBe('a');
  });

  it('starts at the first row when nothing is chosen or the chosen row is not listed', () => {
    expect(stepInOrder(order, null, 1, same)).toBe('a');
    expect(stepInOrder(order, 'z', -1, same)).toBe('a');
    expect(stepInOrder([], 'a', 1, same)).toBeNull();
  });
});

describe('viewRouteFor (g then i, c or a)', () => {
  it('starts a route with g and goes to the Inbox, Cases or Absence view with the next key', () => {
    expect(shortcutFor(press('g'), page)).toBe('go');
    expect(shortcutFor(press('g'), row)).toBe('go');
    expect([viewRouteFor(press('i'), page), viewRouteFor(press('c'), row), viewRouteFor(press('a'), page)]).toEqual([
      'inbox',
      'cases',
      'absence',
    ]);
    expect(viewRouteFor(press('x'), page)).toBeNull();
    expect(viewRouteFor(press('toString'), page)).toBeNull();
  });

  it('never routes while typing, in a dialog or with a modifier held', () => {
    expect(shortcutFor(press('g'), search)).toBeNull();
    expect(viewRouteFor(press('a'), search)).toBeNull();
    expect(viewRouteFor(press('a'), focusOn(null, { inThread: false, inDialog: true }))).toBeNull();
    expect(viewRouteFor(press('a', { ctrlKey: true }), page)).toBeNull();
  });
});
