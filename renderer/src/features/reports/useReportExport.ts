import { useT } from '../../ui/i18n';
import { reportCsv, type ReportCsvLabels } from './report-csv';
import type { ReportData, ReportFilters } from './report-model';
import { messages as csvMessages } from './report-csv.messages';
import { messages } from './reports.messages';

/** The export button's action: the report's figures as a CSV file (UTF-8 with a BOM, so spreadsheets read accents). */
export function useReportExport(data: ReportData | null, filters: ReportFilters, shopLabel: (id: string) => string): () => void {
  const t = useT();
  return () => {
    if (!data) return;
    const labels: ReportCsvLabels = {
      period: t(csvMessages.csvPeriod),
      response: t(messages.responseTitle),
      byShop: t(messages.byShop),
      byMarket: t(messages.byMarket),
      all: t(messages.allInScope),
      answered: t(messages.colAnswered),
      medianHours: t(csvMessages.csvMedianHours),
      p90Hours: t(csvMessages.csvP90Hours),
      withinShare: t(csvMessages.csvWithinShare),
      open: t(messages.colOpen),
      overdue: t(messages.colOverdue),
      overdueSeries: t(messages.chartOverdue),
      takenOver: t(messages.takenOverTitle),
      cases: t(messages.casesTitle),
      byCategory: t(messages.byCategory),
      byProduct: t(messages.byProduct),
      byMonth: t(messages.byMonth),
      resolveMedianDays: t(csvMessages.csvResolveMedian),
      resolveP90Days: t(csvMessages.csvResolveP90),
      notices: t(messages.noticesTitle),
      onTime: t(messages.colOnTime),
      late: t(messages.colLate),
      notFiled: t(messages.colNotFiled),
      informational: t(messages.colInformational),
      columns: [t(csvMessages.csvSection), t(csvMessages.csvGroup), t(csvMessages.csvMeasure), t(csvMessages.csvValue)],
    };
    const csv = reportCsv(data, filters, labels, shopLabel);
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t(csvMessages.csvFileName)}-${filters.from}-${filters.to}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
}
