/** Complaint files (seed 000): import, validate and fix per-record reasons, export, track the platform's decision. */
export { ComplaintFilesView } from './ComplaintFilesView';
