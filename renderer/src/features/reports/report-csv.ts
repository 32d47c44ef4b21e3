import Papa from 'papaparse';
import type { ResponseFigures } from '../../../../shared/reports';
import type { ReportData, ReportFilters } from './report-model';

/** The words the CSV uses for its sections and measures, in the seller's UI language. */
export interface ReportCsvLabels {
  period: string;
  response: string;
  byShop: string;
  byMarket: string;
  all: string;
  answered: string;
  medianHours: string;
  p90Hours: string;
  withinShare: string;
  open: string;
  overdue: string;
  overdueSeries: string;
  takenOver: string;
  cases: string;
  byCategory: string;
  byProduct: string;
  byMonth: string;
  resolveMedianDays: string;
  resolveP90Days: string;
  notices: string;
  onTime: string;
  late: string;
  notFiled: string;
  informational: string;
  columns: [string, string, string, string];
}

const hours = (ms: number | null) => (ms === null ? '' : (ms / 3_600_000).toFixed(1));

/**
 * The report as CSV rows (section, group, measure, value), numbers written plainly (a dot for decimals,
 * hours to one decimal, shares as percentages) so a spreadsheet reads them as numbers in any locale.
 */
export function reportCsv(data: ReportData, filters: ReportFilters, labels: ReportCsvLabels, groupLabel: (id: string) => string): string {
  const rows: (string | number)[][] = [
    [labels.period, '', `${filters.from}..${filters.to}`, `${filters.shopId ?? labels.all} ${filters.market ?? ''}`.trim()],
  ];
  const response = (section: string, group: string, r: ResponseFigures) => {
    rows.push(
      [section, group, labels.answered, r.answered],
      [section, group, labels.medianHours, hours(r.medianMs)],
      [section, group, labels.p90Hours, hours(r.p90Ms)],
      [section, group, labels.withinShare, r.withinWindowShare === null ? '' : (r.withinWindowShare * 100).toFixed(1)],
      [section, group, labels.open, r.open],
      [section, group, labels.overdue, r.openOverdue],
    );
  };
  response(labels.response, labels.all, data.overall);
  for (const [id, r] of data.byShop) response(labels.byShop, groupLabel(id), r);
  for (const [market, r] of data.byMarket) response(labels.byMarket, market, r);
  for (const point of data.overdueSeries) rows.push([labels.overdueSeries, point.day, labels.overdue, point.count]);
  for (const [id, n] of data.takenOver) rows.push([labels.takenOver, groupLabel(id), labels.takenOver, n]);
  for (const [c, n] of data.cases.byCategory) rows.push([labels.cases, labels.byCategory, c, n]);
  for (const [p, n] of data.cases.byProduct) rows.push([labels.cases, labels.byProduct, p, n]);
  for (const [m, n] of data.cases.byMonth) rows.push([labels.cases, labels.byMonth, m, n]);
  rows.push(
    [labels.cases, labels.all, labels.resolveMedianDays, data.cases.resolve.medianDays?.toFixed(1) ?? ''],
    [labels.cases, labels.all, labels.resolveP90Days, data.cases.resolve.p90Days?.toFixed(1) ?? ''],
    [labels.notices, labels.all, labels.onTime, data.notices.onTime],
    [labels.notices, labels.all, labels.late, data.notices.late],
    [labels.notices, labels.all, labels.notFiled, data.notices.notFiled],
    [labels.notices, labels.all, labels.informational, data.notices.informational],
  );
  return Papa.unparse({ fields: labels.columns, data: rows });
}
