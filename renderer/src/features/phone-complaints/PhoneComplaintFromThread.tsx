import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useConsoleData } from '../../data/console-data-context';
import { orderPhoneComplaints } from '../../data/phone-complaint-orders.queries';
import type { ThreadRecord } from '../../data/records';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { useFormat } from '../../ui/useFormat';
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
  const { db, now } = useConsoleData();
  const t = useT();
  const { formatDateTime } = useFormat();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const detail = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [complaintId, setComplaintId] = useState<string | null>(null);
  const { shopId, orderId } = thread;
  const earlier = useLiveQuery(() => (open && orderId ? orderPhoneComplaints(db, shopId, orderId) : []), [db, open, shopId, orderId]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  // The intake (or the list) that had the focus is gone once a complaint opens: the focus moves to it.
  useEffect(() => {
    if (complaintId) detail.current?.focus();
  }, [complaintId]);

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
              <div ref={detail} tabIndex={-1}>
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
              </div>
            ) : (
              <>
                {earlier && earlier.length > 0 && (
                  <nav aria-label={t(messages.earlier)} className="phone-complaint-earlier">
                    <h2>{t(messages.earlier)}</h2>
                    <ul>
                      {earlier.map((c) => (
                        <li key={c.id}>
                          <button type="button" onClick={() => setComplaintId(c.id)}>
                            {t(messages.openEarlier, { date: formatDateTime(c.createdAt), product: c.product })}
                          </button>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
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
              </>
            ))}
        </dialog>,
        document.body,
      )}
    </>
  );
}
