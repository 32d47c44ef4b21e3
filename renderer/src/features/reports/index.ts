/** Reports: response times, overdue requests, taken-over threads, cases and absence notices, from the offline cache. */
export { ReportsView } from './ReportsView';
