import { useEffect, useId, useRef } from 'react';
import { useT, type UiMessage } from '../../ui/i18n';
import { messages } from './shortcuts.messages';

// Key caps as printed on the keyboard; they are key names, not words, so they are not translated.
const sheet: readonly { keys: readonly string[]; what: UiMessage }[] = [
  { keys: ['j', '↓'], what: messages.next },
  { keys: ['k', '↑'], what: messages.previous },
  { keys: ['Enter'], what: messages.open },
  { keys: ['r'], what: messages.reply },
  { keys: ['Ctrl+Enter'], what: messages.send },
  { keys: ['Esc'], what: messages.back },
  { keys: ['/'], what: messages.search },
  { keys: ['?'], what: messages.help },
  { keys: ['g', 'i'], what: messages.goInbox },
  { keys: ['g', 'c'], what: messages.goCases },
  { keys: ['g', 'a'], what: messages.goAbsence },
];

/**
 * The shortcut sheet: a modal dialog (the browser's own `<dialog>`, so focus stays inside and Esc
 * closes it) listing every shortcut. Closing it, by Esc or its Close button, calls `onClose` and puts
 * the focus back where it was when the sheet opened.
 */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="modal-dialog shortcut-sheet"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        if (returnTo.current?.isConnected) returnTo.current.focus();
        returnTo.current = null;
      }}
    >
      <h2 id={titleId}>{t(messages.sheetTitle)}</h2>
      <p className="muted">{t(messages.sheetIntro)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(messages.keysColumn)}</th>
            <th scope="col">{t(messages.actionColumn)}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.map(({ keys, what }) => (
            <tr key={what.id}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">{t(messages.close)}</button>
      </form>
    </dialog>
  );
}
