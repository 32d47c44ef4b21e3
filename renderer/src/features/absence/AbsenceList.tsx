import { useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { dropAbsence, fileAbsenceNotices, type AbsenceEntry, type AbsenceShopStatus } from '../../data/absences.queries';
import type { ThreadKey } from '../inbox';
import { useT } from '../../ui/i18n';
import { messages } from './absence.messages';
import { useAbsenceEntries, useDayFormat, useShopNames } from './useAbsences';

function ShopState({ status, name, onOpenThread }: { status: AbsenceShopStatus; name: string; onOpenThread(selection: ThreadKey): void }) {
  const t = useT();
  const day = useDayFormat();
  const text =
    status.state === 'planned'
      ? t(messages.statePlanned)
      : status.state === 'waiting'
        ? t(messages.stateWaiting)
        : status.state === 'sent'
          ? t(messages.stateSent)
          : status.state === 'answered'
            ? t(messages.stateAnswered)
            : status.state === 'refused'
              ? t(messages.stateRefused, { reason: status.reason ?? '' })
              : t(messages.stateRefusedLate, { fileBy: day(status.shop.refusedLate ?? '') });
  const threadId = status.threadId;
  return (
    <li className={`absence-shop-state ${status.state}`} data-shop={status.shop.shopId}>
      <strong>{name}</strong> <span className="absence-state">{text}</span>
      {threadId && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => onOpenThread({ shopId: status.shop.shopId, threadId })}>
            {t(messages.openThread, { shop: name })}
          </button>
        </>
      )}
      {status.closing && (
        <span className="absence-closing">
          {' · '}
          {status.closing === 'waiting'
            ? t(messages.closingWaiting)
            : status.closing === 'sent'
              ? t(messages.closingSent)
              : t(messages.closingRefused, { reason: status.closingReason ?? '' })}
        </span>
      )}
    </li>
  );
}

function AbsenceItem({ entry, onOpenThread }: { entry: AbsenceEntry; onOpenThread(selection: ThreadKey): void }) {
  const t = useT();
  const day = useDayFormat();
  const name = useShopNames();
  const { db, wakeOutbox, now } = useConsoleData();
  const [problem, setProblem] = useState<string | null>(null);
  const { absence, shops } = entry;
  const period = t(messages.period, { first: day(absence.firstDay), last: day(absence.lastDay) });
  const toFile = !absence.droppedAt && shops.some((s) => s.state === 'planned');
  const droppable = !absence.droppedAt && shops.every((s) => s.state === 'planned' || s.state === 'refused-late');
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(null);
    } catch (error) {
      setProblem(t(messages.notStored, { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <li className="absence-item" data-absence={absence.id}>
      <h4>
        {period} {absence.droppedAt && <span className="badge">{t(messages.dropped)}</span>}
      </h4>
      {absence.standIn && <p className="muted">{t(messages.standInShown, { name: absence.standIn })}</p>}
      <ul className="absence-shop-states">
        {shops.map((s) => (
          <ShopState key={s.shop.shopId} status={s} name={name(s.shop.shopId)} onOpenThread={onOpenThread} />
        ))}
      </ul>
      {(toFile || droppable) && (
        <div className="absence-actions">
          {toFile && (
            <button
              type="button"
              onClick={() =>
                void run(async () => {
                  await fileAbsenceNotices(
                    db,
                    absence.id,
                    new Map(shops.map((s) => [s.shop.shopId, name(s.shop.shopId)])),
                    () => crypto.randomUUID(),
                    now(),
                  );
                  wakeOutbox();
                })
              }
            >
              {t(messages.fileNow, { period })}
            </button>
          )}
          {droppable && (
            <button type="button" onClick={() => void run(() => dropAbsence(db, absence.id, now()))}>
              {t(messages.drop, { period })}
            </button>
          )}
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/** The planned and past absences, latest first, with each shop's status and the actions left. */
export function AbsenceList({ onOpenThread }: { onOpenThread(selection: ThreadKey): void }) {
  const t = useT();
  const entries = useAbsenceEntries();
  return (
    <section className="absence-list" aria-labelledby="absence-list-heading">
      <h3 id="absence-list-heading">{t(messages.listHeading)}</h3>
      {entries && entries.length === 0 && <p className="muted">{t(messages.listEmpty)}</p>}
      {entries && entries.length > 0 && (
        <ul>
          {entries.map((entry) => (
            <AbsenceItem key={entry.absence.id} entry={entry} onOpenThread={onOpenThread} />
          ))}
        </ul>
      )}
    </section>
  );
}
