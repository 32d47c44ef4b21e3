/**
 * Keyboard triage: the shortcut mapping (pure: key and focus in, action out), the choice of the next
 * thread due after a send, the shortcut sheet, and the per-profile "Then open the next thread due"
 * option. app/useKeyboardTriage wires them to the inbox's selection and the page's focus.
 */
export {
  describeFocus,
  shortcutFor,
  stepInOrder,
  viewRouteFor,
  GO_ROUTE_TIMEOUT_MS,
  type FocusContext,
  type KeyStroke,
  type ShortcutAction,
  type ViewRoute,
} from './key-actions';
export { nextThreadDue, type TriageFacts } from './next-due';
export { ShortcutSheet } from './ShortcutSheet';
export { MoveOnOption } from './MoveOnOption';
export { useTriagePreferences } from './triage-preferences.store';
export { messages as shortcutMessages } from './shortcuts.messages';
