/** Diagnostics: each shop's sync state, and the records the marketplace sent that could not be read. */
export { DiagnosticsView } from './DiagnosticsView';
