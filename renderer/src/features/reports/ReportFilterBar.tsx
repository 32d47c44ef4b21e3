import { useT } from '../../ui/i18n';
import type { ReportFilters } from './report-model';
import { lastDays, yearPeriod } from './report-period';
import { messages } from './reports.messages';

/**
 * The report's filters: a period (two date fields and presets, among them last year for the year-end
 * evaluation), one shop or all, one market or all; and the export and print buttons.
 */
export function ReportFilterBar(props: {
  filters: ReportFilters;
  today: string;
  shops: readonly { id: string; label: string }[];
  markets: readonly string[];
  onChange(filters: ReportFilters): void;
  onExport(): void;
  onPrint(): void;
}) {
  const t = useT();
  const { filters, onChange } = props;
  const set = (change: Partial<ReportFilters>) => onChange({ ...filters, ...change });
  const year = Number(props.today.slice(0, 4));
  return (
    <form className="report-filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t(messages.filters)}</legend>
        <label>
          {t(messages.from)}
          <input type="date" value={filters.from} required onChange={(e) => e.target.value && set({ from: e.target.value })} />
        </label>
        <label>
          {t(messages.to)}
          <input type="date" value={filters.to} required onChange={(e) => e.target.value && set({ to: e.target.value })} />
        </label>
        <label>
          {t(messages.shop)}
          <select value={filters.shopId ?? ''} onChange={(e) => set({ shopId: e.target.value || null })}>
            <option value="">{t(messages.allShops)}</option>
            {props.shops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(messages.market)}
          <select value={filters.market ?? ''} onChange={(e) => set({ market: e.target.value || null })}>
            <option value="">{t(messages.allMarkets)}</option>
            {props.markets.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <div className="report-presets">
          <button type="button" onClick={() => set(lastDays(props.today, 30))}>
            {t(messages.last30)}
          </button>
          <button type="button" onClick={() => set(yearPeriod(year, props.today))}>
            {t(messages.thisYear)}
          </button>
          <button type="button" onClick={() => set(yearPeriod(year - 1, props.today))}>
            {t(messages.lastYear)}
          </button>
        </div>
      </fieldset>
      <div className="report-actions">
        <button type="button" onClick={props.onExport}>
          {t(messages.exportCsv)}
        </button>
        <button type="button" onClick={props.onPrint}>
          {t(messages.print)}
        </button>
      </div>
    </form>
  );
}
