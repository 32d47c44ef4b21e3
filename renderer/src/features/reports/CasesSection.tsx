import { useT } from '../../ui/i18n';
import { FigureTable } from './FigureTable';
import { ReportChart } from './ReportChart';
import type { ReportData } from './report-model';
import { messages } from './reports.messages';
import { useReportFormat } from './useReportFormat';

/** Cases by reason, product and month, time to resolve, and the repeated complaints to act on. */
export function CasesSection({ data, reasonLabel }: { data: ReportData; reasonLabel(code: string): string }) {
  const t = useT();
  const f = useReportFormat();
  const { cases } = data;
  const reason = (code: string) => (code === '' ? t(messages.unknownReason) : reasonLabel(code));
  const countColumns = (first: string) => [first, t(messages.colCount)];
  return (
    <section className="report-section" aria-labelledby="report-cases">
      <h3 id="report-cases">{t(messages.casesTitle)}</h3>
      <p>{t(messages.casesTotal, { count: cases.total })}</p>
      {cases.total > 0 && (
        <>
          <ReportChart
            type="bar"
            title={t(messages.chartByCategory)}
            labels={cases.byCategory.map(([c]) => reason(c))}
            series={[{ name: t(messages.colCount), values: cases.byCategory.map(([, n]) => n) }]}
            table={
              <FigureTable
                caption={t(messages.byCategory)}
                columns={countColumns(t(messages.colReason))}
                rows={cases.byCategory.map(([c, n]) => ({ key: c, cells: [reason(c), f.count(n)] }))}
              />
            }
          />
          <ReportChart
            type="bar"
            title={t(messages.chartByMonth)}
            labels={cases.byMonth.map(([m]) => m)}
            series={[{ name: t(messages.colCount), values: cases.byMonth.map(([, n]) => n) }]}
            table={
              <FigureTable
                caption={t(messages.byMonth)}
                columns={countColumns(t(messages.colMonth))}
                rows={cases.byMonth.map(([m, n]) => ({ key: m, cells: [m, f.count(n)] }))}
              />
            }
          />
          {cases.byProduct.length > 0 && (
            <FigureTable
              caption={t(messages.byProduct)}
              columns={countColumns(t(messages.colProduct))}
              rows={cases.byProduct.slice(0, 20).map(([p, n]) => ({ key: p, cells: [p, f.count(n)] }))}
            />
          )}
        </>
      )}
      <h4>{t(messages.resolveTitle)}</h4>
      <p>
        {t(messages.resolveLine, {
          resolved: f.count(cases.resolve.resolved),
          open: f.count(cases.resolve.open),
          median: f.days(cases.resolve.medianDays),
          p90: f.days(cases.resolve.p90Days),
        })}
      </p>
      <h4>{t(messages.repeatedTitle)}</h4>
      <p className="report-note">{t(messages.repeatedNote)}</p>
      {cases.repeated.length === 0 ? (
        <p>{t(messages.repeatedNone)}</p>
      ) : (
        <ul className="report-repeated">
          {cases.repeated.map((r) => (
            <li key={`${r.product}\u0000${r.category}`}>
              {t(messages.repeatedItem, {
                product: r.product,
                reason: reason(r.category),
                count: r.count,
                first: f.day(r.firstAt.slice(0, 10)),
                last: f.day(r.lastAt.slice(0, 10)),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
