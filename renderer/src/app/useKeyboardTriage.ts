import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import {
  describeFocus,
  GO_ROUTE_TIMEOUT_MS,
  shortcutFor,
  stepInOrder,
  viewRouteFor,
  type ShortcutAction,
  type ViewRoute,
} from '../features/shortcuts';
import { sameThread, useInboxSelection, type ThreadKey } from '../features/inbox';
import { focusRow, keyOfRow, rowOf } from './triage-dom';

interface Options {
  /** The inbox is on screen (the list shortcuts act only then; `?` works everywhere). */
  inbox: boolean;
  /** The element holding the thread list, and the open thread's pane (focusable, tabIndex -1). */
  listPane: RefObject<HTMLElement | null>;
  threadPane: RefObject<HTMLElement | null>;
  requestReply(key: ThreadKey): void;
  openSheet(): void;
  /** Shows a view: the keyboard route `g` then `i`, `c` or `a`. */
  goTo(view: ViewRoute): void;
}

/** What the skip links and the shortcuts share: moving the focus to the list or to the open thread. */
export interface TriageFocus {
  /** Focuses the open thread's row (the first row when none is open or it is not listed). */
  focusList(): void;
  /** Focuses the open thread's pane. */
  focusThread(): void;
}

/**
 * The inbox's keyboard shortcuts (features/shortcuts maps keys to actions): j/k and the arrows move
 * the keyboard cursor, which is the focused row, along the list's order without opening anything (a
 * screen reader reads the row; `aria-current` stays on the open thread); Enter opens the focused row
 * (a row is a button, so that is the browser's own Enter); r opens the cursor's thread if needed and
 * puts the cursor in its reply box; Esc leaves a text field (the reply box to its thread, keeping the
 * draft), else goes back to the list; / focuses the search field; ? opens the shortcut sheet; `g`
 * then `i`, `c` or `a` shows the Inbox, Cases or Absence view (from any view).
 */
export function useKeyboardTriage({ inbox, listPane, threadPane, requestReply, openSheet, goTo }: Options): TriageFocus {
  const goPressedAt = useRef<number | null>(null);
  const focusList = useCallback(() => {
    const { selected, order } = useInboxSelection.getState();
    const target = (selected && rowOf(listPane.current, selected)) || (order[0] && rowOf(listPane.current, order[0]));
    if (target) focusRow(target);
    else listPane.current?.focus();
  }, [listPane]);
  const focusThread = useCallback(() => threadPane.current?.focus(), [threadPane]);

  const act = useCallback(
    (action: ShortcutAction, typingIn: Element | null): boolean => {
      if (action === 'help') {
        openSheet();
        return true;
      }
      if (action === 'go') {
        goPressedAt.current = performance.now();
        return true;
      }
      if (!inbox) return false;
      const { selected, order, select } = useInboxSelection.getState();
      const cursor = keyOfRow(listPane.current, document.activeElement, order) ?? selected;
      switch (action) {
        case 'next':
        case 'previous': {
          const to = stepInOrder(order, cursor, action === 'next' ? 1 : -1, sameThread);
          const row = to && rowOf(listPane.current, to);
          if (row) focusRow(row);
          return row !== null;
        }
        case 'open': {
          const to = cursor ?? order[0];
          if (to) select(to);
          return to !== undefined;
        }
        case 'reply':
          if (cursor) requestReply(cursor);
          return cursor !== null;
        case 'search': {
          const search = document.getElementById('inbox-search');
          search?.focus();
          return search !== null;
        }
        case 'back':
          if (typingIn && threadPane.current?.contains(typingIn)) focusThread();
          else focusList();
          return true;
      }
    },
    [inbox, listPane, threadPane, requestReply, openSheet, focusList, focusThread],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A component that handled the key itself (or an input method composing a word) keeps it.
      if (event.defaultPrevented || event.isComposing) return;
      const focused = document.activeElement === document.body ? null : document.activeElement;
      const focus = describeFocus(
        focused && {
          tagName: focused.tagName,
          type: (focused as HTMLInputElement).type,
          isContentEditable: (focused as HTMLElement).isContentEditable,
          role: focused.getAttribute('role'),
        },
        {
          inThread: !!focused && !!threadPane.current?.contains(focused),
          inDialog: !!focused?.closest('dialog[open], [role="dialog"], [role="alertdialog"]'),
        },
      );
      const pressedAt = goPressedAt.current;
      goPressedAt.current = null;
      const route = pressedAt !== null && performance.now() - pressedAt < GO_ROUTE_TIMEOUT_MS ? viewRouteFor(event, focus) : null;
      if (route) {
        event.preventDefault();
        goTo(route);
        return;
      }
      const action = shortcutFor(event, focus);
      if (action && act(action, focus.typing ? focused : null)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [act, threadPane, goTo]);

  return useMemo(() => ({ focusList, focusThread }), [focusList, focusThread]);
}
