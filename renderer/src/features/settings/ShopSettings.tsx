import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { callHostOrThrow } from '../../host/host-client';
import { connectShopInputSchema, type ShopSummary } from '../../host/host-contract';

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

  const connect = useMutation({
    mutationFn: (input: Parameters<typeof connectShopInputSchema.parse>[0]) =>
      callHostOrThrow('shops:connect', connectShopInputSchema.parse(input)),
    onSuccess: async () => {
      setForm(emptyForm);
      await queryClient.invalidateQueries({ queryKey: ['shops'] });
    },
  });
  const disconnect = useMutation({
    mutationFn: (id: string) => callHostOrThrow('shops:disconnect', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['shops'] }),
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
      setFormError(parsed.error.issues[0]?.message ?? 'Check the form.');
      return;
    }
    setFormError(null);
    connect.mutate(parsed.data);
  }

  const field = (name: keyof typeof emptyForm) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });

  return (
    <section className="settings" aria-label="Shops">
      <header className="settings-header">
        <h2>Shops</h2>
        <button type="button" onClick={onClose}>
          Back to the inbox
        </button>
      </header>
      <ul className="shop-list">
        {shops.map((shop) => (
          <li key={shop.id}>
            <span className="badge market">{shop.market}</span> {shop.label}{' '}
            <span className="muted">{shop.kind === 'demo' ? 'demo marketplace' : shop.baseUrl}</span>
            {shop.kind === 'mirakl' && (
              <button type="button" onClick={() => disconnect.mutate(shop.id)} disabled={disconnect.isPending}>
                Disconnect
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
      <form onSubmit={submit} className="connect-form" aria-label="Connect a Mirakl shop">
        <h3>Connect a Mirakl shop</h3>
        <label>
          Name <input {...field('label')} autoComplete="off" />
        </label>
        <label>
          Marketplace address <input {...field('baseUrl')} placeholder="https://your-marketplace.mirakl.net" autoComplete="off" />
        </label>
        <label>
          Shop API key <input {...field('key')} type="password" autoComplete="off" />
        </label>
        <label>
          Shop id (only for keys that reach several shops) <input {...field('miraklShopId')} inputMode="numeric" />
        </label>
        <label>
          Market
          <select {...field('market')}>
            {marketChoices.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        {(formError ?? (connect.isError ? connect.error.message : null)) && (
          <p role="alert" className="error">
            {formError ?? connect.error?.message}
          </p>
        )}
        {connect.isSuccess && <p role="status">Shop connected.</p>}
        <button type="submit" disabled={connect.isPending}>
          {connect.isPending ? 'Checking the key…' : 'Connect'}
        </button>
      </form>
    </section>
  );
}
