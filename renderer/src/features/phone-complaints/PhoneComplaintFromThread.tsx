import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useConsoleData } from '../../data/console-data-context';
import type { ThreadRecord } from '../../data/records';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { messages } from './intake.messages';
import { PhoneComplaintDetail } from './PhoneComplaintDetail';
import { PhoneComplaintIntake } from './PhoneComplaintIntake';

/**
 * The "Phone complaint" button of an order thread's header: a modal dialog with the intake,
 * prefilled with the thread's shop, order and buyer, then the new complaint's detail (forward,
 * outcome, link, confirmation). A native `<dialog>` (showModal): the console behind is inert, Esc
 * closes it, the focus returns to the button. Opening a thread from the detail closes the dialog.
 */
export function PhoneComplaintFromThread({
  thread,
  onOpenThread,
}: {
  thread: Pick<ThreadRecord, 'shopId' | 'orderId' | 'orderLabel' | 'customerName'>;
  onOpenThread(selection: ThreadKey): void;
}) {
  const { now } = useConsoleData();
  const t = useT();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [complaintId, setComplaintId] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  if (!thread.orderId) return null;
  const close = () => setOpen(false);
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" title={t(messages.fromThreadTitle)} onClick={() => setOpen(true)}>
        {t(messages.fromThread)}
      </button>
      {createPortal(
        <dialog
          ref={dialog}
          className="modal-dialog phone-complaint-dialog"
          aria-labelledby={titleId}
          onClose={() => {
            setOpen(false);
            setComplaintId(null);
            if (button.current?.isConnected) button.current.focus();
          }}
        >
          <span id={titleId} className="visually-hidden">
            {t(messages.fromThread)}
          </span>
          {open &&
            (complaintId ? (
              <>
                <PhoneComplaintDetail
                  id={complaintId}
                  now={now().getTime()}
                  onOpenThread={(key) => {
                    close();
                    onOpenThread(key);
                  }}
                />
                <p>
                  <button type="button" onClick={close}>
                    {t(messages.closeDialog)}
                  </button>
                </p>
              </>
            ) : (
              <PhoneComplaintIntake
                now={now().getTime()}
                prefill={{
                  shopId: thread.shopId,
                  orderId: thread.orderId,
                  ...(thread.orderLabel ? { orderLabel: thread.orderLabel } : {}),
                  ...(thread.customerName ? { buyerName: thread.customerName } : {}),
                }}
                onDone={(id) => (id ? setComplaintId(id) : close())}
              />
            ))}
        </dialog>,
        document.body,
      )}
    </>
  );
}
