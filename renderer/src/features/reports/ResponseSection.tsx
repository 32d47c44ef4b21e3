import type { ResponseFigures } from '../../../../shared/reports';
import { useT } from '../../ui/i18n';
import { FigureTable } from './FigureTable';
import { ReportChart } from './ReportChart';
import type { ReportData } from './report-model';
import { messages } from './reports.messages';
import { useReportFormat } from './useReportFormat';

/** Response times in working hours per shop and per market: median, 90th percentile, share within 24 working hours. */
export function ResponseSection({ data, shopLabel }: { data: ReportData; shopLabel(id: string): string }) {
  const t = useT();
  const f = useReportFormat();
  const columns = (first: string) => [
    first,
    t(messages.colAnswered),
    t(messages.colMedian),
    t(messages.colP90),
    t(messages.colWithin),
    t(messages.colOpen),
    t(messages.colOverdue),
  ];
  const cells = (label: string, r: ResponseFigures) => [
    label,
    f.count(r.answered),
    f.hours(r.medianMs),
    f.hours(r.p90Ms),
    f.share(r.withinWindowShare),
    f.count(r.open),
    f.count(r.openOverdue),
  ];
  const shopRows = data.byShop.map(([id, r]) => ({ key: id, cells: cells(shopLabel(id), r) }));
  const total = { key: '\u0000all', cells: cells(t(messages.allInScope), data.overall) };
  const hoursOf = (ms: number | null) => (ms === null ? null : Math.round(ms / 360_000) / 10);
  return (
    <section className="report-section" aria-labelledby="report-response">
      <h3 id="report-response">{t(messages.responseTitle)}</h3>
      <p className="report-note">{t(messages.responseNote)}</p>
      {data.overall.answered + data.overall.open === 0 ? (
        <p>{t(messages.noRequests)}</p>
      ) : (
        <>
          <ReportChart
            type="bar"
            title={t(messages.chartMedianP90)}
            labels={data.byShop.map(([id]) => shopLabel(id))}
            series={[
              { name: t(messages.colMedian), values: data.byShop.map(([, r]) => hoursOf(r.medianMs)) },
              { name: t(messages.colP90), values: data.byShop.map(([, r]) => hoursOf(r.p90Ms)) },
            ]}
            table={<FigureTable caption={t(messages.byShop)} columns={columns(t(messages.shop))} rows={[...shopRows, total]} />}
          />
          <FigureTable
            caption={t(messages.byMarket)}
            columns={columns(t(messages.market))}
            rows={data.byMarket.map(([market, r]) => ({ key: market, cells: cells(market, r) }))}
          />
        </>
      )}
      {data.overall.unmeasured > 0 && <p className="report-note">{t(messages.unmeasured, { count: data.overall.unmeasured })}</p>}
    </section>
  );
}
