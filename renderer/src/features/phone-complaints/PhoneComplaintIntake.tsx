import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  checkIntake,
  intakeFields,
  marketToday,
  phoneComplaintExpectations,
  promisedAnswerMaxDays,
  type IntakeField as FieldName,
  type IntakeInput,
  type IntakeProblem,
} from '../../../../shared/cases/phone-complaint';
import { useConsoleData } from '../../data/console-data-context';
import { cachedOrders, matchOrders } from '../../data/phone-complaint-orders.queries';
import { createPhoneComplaint } from '../../data/phone-complaints.queries';
import { useT } from '../../ui/i18n';
import { IntakeField } from './IntakeField';
import { messages } from './intake.messages';
import { expectationWords, problemWords } from './phone-complaint-words';
import './phone-complaints.css';

/** What an entry point already knows when it opens the intake (e.g. an order thread: its shop, order and buyer). */
export interface IntakePrefill {
  shopId: string;
  orderId?: string;
  orderLabel?: string;
  buyerName?: string;
}

interface Props {
  /** Epoch ms of the console's minute clock: "today" in the shop's market for the promised date. */
  now: number;
  /** Called with the new complaint's id once it is stored, or with nothing when the seller cancels. */
  onDone(id?: string): void;
  prefill?: IntakePrefill;
}

const blank: IntakeInput = Object.fromEntries(intakeFields.map((f) => [f, ''])) as IntakeInput;

/**
 * The standardised intake of a complaint taken by phone (seed 004): buyer, contact (a phone number
 * of the shop's market or an e-mail), the order searched among those the cache knows, product,
 * description, what the buyer expects, the answer date promised, the person responsible and the
 * person deciding. Submitting checks every field (shared/cases checkIntake): each problem is
 * written under its field, a summary says how many, and the focus moves to the first. A plain form:
 * Tab moves through it, Enter records, the order's suggestions are the browser's own list.
 */
export function PhoneComplaintIntake({ now, onDone, prefill }: Props) {
  const { db, shops, author, now: clock } = useConsoleData();
  const t = useT();
  const base = useId();
  const form = useRef<HTMLFormElement>(null);
  const [shopId, setShopId] = useState(prefill?.shopId ?? shops[0]?.id ?? '');
  const [values, setValues] = useState<IntakeInput>({
    ...blank,
    buyerName: prefill?.buyerName ?? '',
    orderId: prefill?.orderId ?? '',
    responsible: author === 'default' ? '' : author,
  });
  const [problems, setProblems] = useState<Partial<Record<FieldName, IntakeProblem>>>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const market = shops.find((s) => s.id === shopId)?.market ?? '';
  const today = market ? marketToday(now, market) : new Date(now).toISOString().slice(0, 10);
  const orders = useLiveQuery(() => (shopId ? cachedOrders(db, shopId) : []), [db, shopId]);
  const suggestions = useMemo(() => matchOrders(orders ?? [], values.orderId), [orders, values.orderId]);
  const id = (field: string) => `${base}-${field}`;

  const set = (field: FieldName, value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // Picking a known order fills in its buyer when the seller has not typed one.
      const order = field === 'orderId' ? orders?.find((o) => o.orderId === value || o.label === value) : undefined;
      if (order) next.orderId = order.orderId;
      if (order?.buyer && !current.buyerName.trim()) next.buyerName = order.buyer;
      return next;
    });
    if (problems[field]) setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const result = checkIntake(values, market, today);
    if (!result.ok) {
      setProblems(result.problems);
      const first = intakeFields.find((f) => result.problems[f]);
      if (first) form.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const known = orders?.find((o) => o.orderId === result.intake.orderId);
      const complaintId = crypto.randomUUID();
      await createPhoneComplaint(
        db,
        { id: complaintId, shopId, intake: result.intake, ...(known?.label ? { orderLabel: known.label } : {}) },
        { actor: author, now: clock() },
      );
      onDone(complaintId);
    } catch (error) {
      setFailure(t(messages.saveFailed, { error: error instanceof Error ? error.message : String(error) }));
      setSaving(false);
    }
  };

  const errorOf = (field: FieldName) => (problems[field] ? problemWords(problems[field], t, market) : undefined);
  const count = Object.values(problems).filter(Boolean).length;
  const text = (field: FieldName, label: string, hint?: string, type = 'text') => (
    <IntakeField id={id(field)} label={label} hint={hint} error={errorOf(field)}>
      {(control) => (
        <input
          {...control}
          type={type}
          name={field}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          autoComplete="off"
        />
      )}
    </IntakeField>
  );

  return (
    <form ref={form} className="phone-complaint-intake" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t(messages.title)}</h2>
      <p className="small muted">{t(messages.intro)}</p>
      {count > 0 && (
        <p className="field-error" role="alert">
          {t(messages.fixErrors, { count })}
        </p>
      )}
      {shops.length > 1 && !prefill && (
        <div className="intake-field">
          <label htmlFor={id('shop')}>{t(messages.shop)}</label>
          <select id={id('shop')} value={shopId} onChange={(e) => setShopId(e.target.value)}>
            {shops.map((shop) => (
              <option key={shop.id} value={shop.id}>
                {shop.label} ({shop.market})
              </option>
            ))}
          </select>
        </div>
      )}
      {text('buyerName', t(messages.buyerName))}
      {text('contact', t(messages.contact), t(messages.contactHint))}
      <IntakeField id={id('orderId')} label={t(messages.orderId)} hint={t(messages.orderHint)} error={errorOf('orderId')}>
        {(control) => (
          <>
            <input
              {...control}
              name="orderId"
              list={id('orders')}
              value={values.orderId}
              onChange={(e) => set('orderId', e.target.value)}
              autoComplete="off"
            />
            <datalist id={id('orders')}>
              {suggestions.map((order) => (
                <option key={order.orderId} value={order.orderId}>
                  {t(messages.orderOption, { label: order.label ?? order.orderId, buyer: order.buyer ?? '' })}
                </option>
              ))}
            </datalist>
          </>
        )}
      </IntakeField>
      {text('product', t(messages.product))}
      <IntakeField id={id('description')} label={t(messages.description)} error={errorOf('description')}>
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={4}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </IntakeField>
      <IntakeField id={id('expectation')} label={t(messages.expectation)} error={errorOf('expectation')}>
        {(control) => (
          <select {...control} name="expectation" value={values.expectation} onChange={(e) => set('expectation', e.target.value)}>
            <option value="">{t(messages.choose)}</option>
            {phoneComplaintExpectations.map((code) => (
              <option key={code} value={code}>
                {t(expectationWords[code])}
              </option>
            ))}
          </select>
        )}
      </IntakeField>
      <IntakeField
        id={id('promisedAnswerBy')}
        label={t(messages.promisedAnswerBy)}
        hint={t(messages.promisedHint, { days: promisedAnswerMaxDays })}
        error={errorOf('promisedAnswerBy')}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            name="promisedAnswerBy"
            min={today}
            value={values.promisedAnswerBy}
            onChange={(e) => set('promisedAnswerBy', e.target.value)}
          />
        )}
      </IntakeField>
      {text('responsible', t(messages.responsible))}
      {text('forwardedTo', t(messages.forwardedTo))}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="intake-actions">
        <button type="submit" disabled={saving}>
          {t(saving ? messages.saving : messages.save)}
        </button>
        <button type="button" onClick={() => onDone()}>
          {t(messages.cancel)}
        </button>
      </div>
    </form>
  );
}
