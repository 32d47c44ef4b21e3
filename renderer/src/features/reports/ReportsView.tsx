import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useConsoleData } from '../../data/console-data-context';
import { readReportFacts, reasonLabels } from '../../data/report-facts.queries';
import { useT } from '../../ui/i18n';
import { CasesSection } from './CasesSection';
import { ResponseSection } from './ResponseSection';
import { FigureTable } from './FigureTable';
import { ReportChart } from './ReportChart';
import { ReportFilterBar } from './ReportFilterBar';
import { buildReport, prepareReport, type ReportFilters } from './report-model';
import { lastDays, todayIn } from './report-period';
import { useReportExport } from './useReportExport';
import { messages } from './reports.messages';
import { useReportFormat } from './useReportFormat';
import './reports.css';

const sellerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The Reports view: response times in working hours, overdue requests now and over time, threads the
 * platform took over, cases by reason, product and month with time to resolve and repeated
 * complaints, and absence notices filed on time; filtered by period, shop and market; exported as CSV
 * or printed (saved as PDF) for the year-end evaluation. Everything comes from the offline cache.
 */
export function ReportsView({ now }: { now: number }) {
  const { db, shops, profileId } = useConsoleData();
  const t = useT();
  const f = useReportFormat();
  const zone = sellerZone();
  const today = todayIn(now, zone);
  const [filters, setFilters] = useState<ReportFilters>(() => ({ ...lastDays(today, 30), shopId: null, market: null }));
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const facts = useQuery({
    queryKey: ['report-facts', profileId],
    queryFn: async () => {
      const [read, labels] = await Promise.all([readReportFacts(db, (done, total) => setProgress({ done, total })), reasonLabels(db)]);
      return { prepared: prepareReport(read), labels };
    },
    staleTime: Infinity,
    gcTime: 0,
  });
  const valid = filters.from <= filters.to;
  const data = useMemo(
    () => (facts.data && valid ? buildReport(facts.data.prepared, filters, now, zone) : null),
    [facts.data, filters, now, zone, valid],
  );
  const shopLabel = (id: string) => shops.find((s) => s.id === id)?.label ?? id;
  const markets = [...new Set(shops.map((s) => s.market))].sort();
  const exportCsv = useReportExport(data, filters, shopLabel);

  return (
    <section className="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t(messages.title)}</h2>
      <p className="report-note">{t(messages.intro)}</p>
      <ReportFilterBar
        filters={filters}
        today={today}
        shops={shops}
        markets={markets}
        onChange={setFilters}
        onExport={exportCsv}
        onPrint={() => window.print()}
      />
      <p className="report-period">
        {t(messages.periodLine, {
          from: f.day(filters.from),
          to: f.day(filters.to),
          scope: [filters.shopId ? shopLabel(filters.shopId) : t(messages.allShops), filters.market ?? t(messages.allMarkets)].join(' · '),
        })}
      </p>
      {!valid && (
        <p className="panel-message error" role="alert">
          {t(messages.periodInvalid)}
        </p>
      )}
      {facts.isPending && (
        <p className="panel-message" role="status">
          {t(messages.reading, progress)}
        </p>
      )}
      {facts.isError && (
        <div className="panel-message error" role="alert">
          {t(messages.readFailed, { error: facts.error.message })}{' '}
          <button type="button" onClick={() => void facts.refetch()}>
            {t(messages.tryAgain)}
          </button>
        </div>
      )}
      {data && facts.data && (
        <>
          <button type="button" className="report-refresh" onClick={() => void facts.refetch()}>
            {t(messages.refresh)}
          </button>
          <ResponseSection data={data} shopLabel={shopLabel} />
          <section className="report-section" aria-labelledby="report-overdue">
            <h3 id="report-overdue">{t(messages.overdueTitle)}</h3>
            <p>{t(messages.overdueNow, { count: data.overdueNow })}</p>
            <ReportChart
              type="line"
              title={t(messages.chartOverdue)}
              labels={data.overdueSeries.map((p) => f.day(p.day))}
              series={[{ name: t(messages.colCount), values: data.overdueSeries.map((p) => p.count) }]}
              table={
                <FigureTable
                  caption={t(messages.chartOverdue)}
                  columns={[t(messages.colDay), t(messages.colCount)]}
                  rows={data.overdueSeries.map((p) => ({ key: p.day, cells: [f.day(p.day), f.count(p.count)] }))}
                />
              }
            />
          </section>
          <section className="report-section" aria-labelledby="report-taken-over">
            <h3 id="report-taken-over">{t(messages.takenOverTitle)}</h3>
            {data.takenOver.length === 0 ? (
              <p>{t(messages.takenOverNone)}</p>
            ) : (
              <FigureTable
                caption={t(messages.takenOverTitle)}
                columns={[t(messages.shop), t(messages.colCount)]}
                rows={data.takenOver.map(([id, n]) => ({ key: id, cells: [shopLabel(id), f.count(n)] }))}
              />
            )}
          </section>
          <CasesSection data={data} reasonLabel={(code) => facts.data.labels.get(code) ?? code} />
          <section className="report-section" aria-labelledby="report-notices">
            <h3 id="report-notices">{t(messages.noticesTitle)}</h3>
            <FigureTable
              caption={t(messages.noticesTitle)}
              columns={[t(messages.colOnTime), t(messages.colLate), t(messages.colNotFiled), t(messages.colInformational)]}
              rows={[
                {
                  key: 'notices',
                  cells: [data.notices.onTime, data.notices.late, data.notices.notFiled, data.notices.informational].map(f.count),
                },
              ]}
            />
          </section>
        </>
      )}
    </section>
  );
}
