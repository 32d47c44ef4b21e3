import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { callHost, callHostOrThrow } from '../../host/host-client';
import { connectShopInputSchema, type ShopSummary } from '../../host/host-contract';
import { HostError } from '../../host/host-client';
import { useT } from '../../ui/i18n';
import { useOptionalWorkstation } from '../workstation';
import { connectErrorText, formProblemText } from './connect-problems';
import { KeyStorageNote } from './KeyStorageNote';
import { messages } from './settings.messages';

interface Props {
  shops: ShopSummary[];
  onClose: () => void;
}

const emptyForm = { label: '', baseUrl: '', key: '', miraklShopId: '', market: 'PL' };
const marketChoices = ['PL', 'LV', 'LT', 'EE', 'PT', 'HR', 'BA', 'CZ', 'SK', 'RO', 'HU', 'DE'];

/**
 * Connects a real Mirakl shop (instance address, shop API key, optional shop id) and lists the
 * shops. The key goes to the host, which checks it against the marketplace and keeps it; the form
 * forgets it as soon as the shop is connected.
 */
export function ShopSettings({ shops, onClose }: Props) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState(emptyForm);
  const [formError, setFormError] = useState<string | null>(null);
  const t = useT();
  const workstation = useOptionalWorkstation();
  // The workstation's audit log: who connected or removed which shop (the host stamps time and profile).
  const audit = (action: 'shop-connected' | 'shop-removed', subject: string) => {
    if (workstation) void callHost('workstation:audit-record', { session: workstation.session, action, subject, detail: '' });
  };

  const connect = useMutation({
    mutationFn: (input: Parameters<typeof connectShopInputSchema.parse>[0]) =>
      callHostOrThrow('shops:connect', connectShopInputSchema.parse(input)),
    onSuccess: async (shop) => {
      audit('shop-connected', `${shop.id} ${shop.label}`);
      setForm(emptyForm);
      await queryClient.invalidateQueries({ queryKey: ['shops'] });
    },
  });
  const disconnect = useMutation({
    mutationFn: (id: string) => callHostOrThrow('shops:disconnect', { id }),
    onSuccess: async (_result, id) => {
      audit('shop-removed', id);
      await queryClient.invalidateQueries({ queryKey: ['shops'] });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const candidate = {
      label: form.label,
      baseUrl: form.baseUrl,
      key: form.key,
      miraklShopId: form.miraklShopId.trim() === '' ? null : Number(form.miraklShopId),
      market: form.market,
    };
    const parsed = connectShopInputSchema.safeParse(candidate);
    if (!parsed.success) {
      setFormError(formProblemText(parsed.error.issues, t));
      return;
    }
    setFormError(null);
    connect.mutate(parsed.data);
  }

  const connectError = connect.isError
    ? connectErrorText(
        { code: connect.error instanceof HostError ? connect.error.code : undefined, message: connect.error.message },
        form.baseUrl.trim(),
        t,
      )
    : null;

  const field = (name: keyof typeof emptyForm) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });

  return (
    <section className="settings" aria-label={t(messages.shops)}>
      <header className="settings-header">
        <h2>{t(messages.shops)}</h2>
        <button type="button" onClick={onClose}>
          {t(messages.backToInbox)}
        </button>
      </header>
      <ul className="shop-list">
        {shops.map((shop) => (
          <li key={shop.id}>
            <span className="badge market">{shop.market}</span> {shop.label}{' '}
            <span className="muted">{shop.kind === 'demo' ? t(messages.demoMarketplace) : shop.baseUrl}</span>
            {shop.kind === 'mirakl' && (
              <button type="button" onClick={() => disconnect.mutate(shop.id)} disabled={disconnect.isPending}>
                {t(messages.disconnect)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {disconnect.isError && (
        <p role="alert" className="error">
          {disconnect.error.message}
        </p>
      )}
      <form onSubmit={submit} className="connect-form" aria-label={t(messages.connectTitle)}>
        <h3>{t(messages.connectTitle)}</h3>
        <KeyStorageNote />
        <label>
          {t(messages.name)} <input {...field('label')} autoComplete="off" />
        </label>
        <label>
          {t(messages.address)} <input {...field('baseUrl')} placeholder={t(messages.addressExample)} autoComplete="off" />
        </label>
        <label>
          {t(messages.key)} <input {...field('key')} type="password" autoComplete="off" />
        </label>
        <label>
          {t(messages.shopId)} <input {...field('miraklShopId')} inputMode="numeric" />
        </label>
        <label>
          {t(messages.market)}
          <select {...field('market')}>
            {marketChoices.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        {(formError ?? connectError) && (
          <p role="alert" className="error">
            {formError ?? connectError}
          </p>
        )}
        {connect.isSuccess && <p role="status">{t(messages.connected)}</p>}
        <button type="submit" disabled={connect.isPending}>
          {t(connect.isPending ? messages.checkingKey : messages.connect)}
        </button>
      </form>
    </section>
  );
}
