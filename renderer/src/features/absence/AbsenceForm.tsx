import { useMemo, useState, type FormEvent } from 'react';
import { planAbsence } from '../../../../shared/absence';
import { useConsoleData } from '../../data/console-data-context';
import { planAndFileAbsence, saveAbsencePlan, type AbsenceDraft } from '../../data/absences.queries';
import type { AbsenceRecord } from '../../data/records';
import { useT } from '../../ui/i18n';
import { messages } from './absence.messages';
import { AbsenceRule, ShopPlanView } from './ShopPlanView';
import { useDayFormat } from './useAbsences';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

type Outcome = { kind: 'filed'; record: AbsenceRecord } | { kind: 'saved' } | { kind: 'problem'; text: string };

/**
 * The planning form: first and last day, the shops (all ticked by default), who stands in, a note for
 * the platform, and the A02 closing option explained; below it, each chosen shop's live plan. "File
 * the notice" stores the plan and queues the notices in one transaction (late shops refused, nothing
 * queued for them) and wakes the sender; "Save the plan" stores it to be filed later (it reminds).
 */
export function AbsenceForm({ now }: { now: number }) {
  const t = useT();
  const day = useDayFormat();
  const { db, shops, wakeOutbox, now: clock } = useConsoleData();
  const [firstDay, setFirstDay] = useState('');
  const [lastDay, setLastDay] = useState('');
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [standIn, setStandIn] = useState('');
  const [note, setNote] = useState('');
  const [closeShops, setCloseShops] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const chosen = shops.filter((s) => !unticked.has(s.id));
  const datesSet = datePattern.test(firstDay) && datePattern.test(lastDay);
  const plans = useMemo(
    () => (datesSet ? planAbsence({ firstDay, lastDay, shops: chosen.map((s) => ({ shopId: s.id, market: s.market })), today: now }) : []),
    // chosen is derived from shops and unticked.
    [datesSet, firstDay, lastDay, shops, unticked, now],
  );
  const names = new Map(shops.map((s) => [s.id, s.label]));

  const toggle = (shopId: string, ticked: boolean) => {
    const next = new Set(unticked);
    if (ticked) next.delete(shopId);
    else next.add(shopId);
    setUnticked(next);
  };

  const submit = async (file: boolean) => {
    if (busy) return;
    if (!datesSet) return setOutcome({ kind: 'problem', text: t(messages.chooseDates) });
    if (chosen.length === 0) return setOutcome({ kind: 'problem', text: t(messages.chooseShop) });
    const invalid = plans.find((p) => p.status === 'invalid');
    if (invalid) {
      const problem =
        invalid.error === 'END_BEFORE_START'
          ? messages.endBeforeStart
          : invalid.error === 'OUT_OF_RANGE'
            ? messages.outOfRange
            : messages.badDate;
      return setOutcome({ kind: 'problem', text: t(problem) });
    }
    const draft: AbsenceDraft = {
      firstDay,
      lastDay,
      standIn,
      note,
      closeShops,
      shops: chosen.map((s) => ({ shopId: s.id, shopName: s.label, market: s.market })),
    };
    setBusy(true);
    try {
      if (file) {
        const record = await planAndFileAbsence(db, draft, crypto.randomUUID(), () => crypto.randomUUID(), clock());
        wakeOutbox();
        setOutcome({ kind: 'filed', record });
      } else {
        await saveAbsencePlan(db, draft, crypto.randomUUID(), clock());
        setOutcome({ kind: 'saved' });
      }
      setFirstDay('');
      setLastDay('');
      setStandIn('');
      setNote('');
      setCloseShops(false);
    } catch (error) {
      setOutcome({ kind: 'problem', text: t(messages.notStored, { error: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(true);
  };

  const filed = outcome?.kind === 'filed' ? outcome.record.shops.filter((s) => s.noticeItemId).length : 0;
  const refused = outcome?.kind === 'filed' ? outcome.record.shops.filter((s) => s.refusedLate) : [];

  return (
    <form className="absence-form" onSubmit={onSubmit} noValidate>
      <div className="absence-dates">
        <label>
          {t(messages.firstDay)}
          <input type="date" value={firstDay} onChange={(e) => setFirstDay(e.target.value)} required />
        </label>
        <label>
          {t(messages.lastDay)}
          <input type="date" value={lastDay} min={firstDay || undefined} onChange={(e) => setLastDay(e.target.value)} required />
        </label>
      </div>
      <fieldset>
        <legend>{t(messages.shops)}</legend>
        {shops.map((shop) => (
          <label key={shop.id} className="absence-shop-choice">
            <input type="checkbox" checked={!unticked.has(shop.id)} onChange={(e) => toggle(shop.id, e.target.checked)} />
            {shop.label}
          </label>
        ))}
      </fieldset>
      <label>
        {t(messages.standIn)}
        <input type="text" value={standIn} onChange={(e) => setStandIn(e.target.value)} aria-describedby="absence-stand-in-hint" />
      </label>
      <p id="absence-stand-in-hint" className="muted">
        {t(messages.standInHint)}
      </p>
      <label>
        {t(messages.note)}
        <textarea value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="absence-close-choice">
        <input
          type="checkbox"
          checked={closeShops}
          onChange={(e) => setCloseShops(e.target.checked)}
          aria-describedby="absence-close-explained"
        />
        {t(messages.closeShops)}
      </label>
      <p id="absence-close-explained" className="muted">
        {t(messages.closeExplained)}
      </p>
      <section className="absence-plan" aria-labelledby="absence-plan-heading">
        <h3 id="absence-plan-heading">{t(messages.planHeading)}</h3>
        {!datesSet ? (
          <p className="muted">{t(messages.chooseDates)}</p>
        ) : chosen.length === 0 ? (
          <p className="muted">{t(messages.chooseShop)}</p>
        ) : (
          <ul>
            {plans.map((plan) => (
              <ShopPlanView key={plan.shopId} plan={plan} shopName={names.get(plan.shopId) ?? plan.shopId} />
            ))}
          </ul>
        )}
      </section>
      <div className="absence-actions">
        <button type="submit" disabled={busy}>
          {t(messages.file)}
        </button>
        <button type="button" disabled={busy} onClick={() => void submit(false)}>
          {t(messages.save)}
        </button>
      </div>
      <div role="status" className="absence-outcome">
        {outcome?.kind === 'saved' && <p>{t(messages.saved)}</p>}
        {outcome?.kind === 'filed' && <p>{filed > 0 ? t(messages.filed, { count: filed }) : t(messages.filedNone)}</p>}
      </div>
      {(outcome?.kind === 'problem' || refused.length > 0) && (
        <div role="alert" className="absence-refusal">
          {outcome?.kind === 'problem' && <p className="error">{outcome.text}</p>}
          {refused.map((s) => (
            <p key={s.shopId} className="error">
              {t(messages.late, { fileBy: day(s.refusedLate ?? '') })}{' '}
              {t(messages.nothingSentFor, { shop: names.get(s.shopId) ?? s.shopId })}
            </p>
          ))}
          {refused.length > 0 && <AbsenceRule />}
        </div>
      )}
    </form>
  );
}
