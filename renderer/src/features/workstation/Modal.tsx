import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../ui/i18n';
import { messages } from './workstation.messages';

/**
 * A modal dialog on the browser's `<dialog>` (focus stays inside, Esc closes), titled by `title`;
 * closing puts the focus back where it was when it opened.
 */
export function Modal({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
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
    } else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="modal-dialog workstation-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        if (returnTo.current?.isConnected) returnTo.current.focus();
        returnTo.current = null;
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
      <form method="dialog">
        <button type="submit">{t(messages.close)}</button>
      </form>
    </dialog>
  );
}
