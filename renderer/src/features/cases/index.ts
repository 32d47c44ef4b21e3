/** Cases: incidents, returns, complaint threads and phone complaints in one view, with their windows, history and actions. */
export { CasesView } from './CasesView';
