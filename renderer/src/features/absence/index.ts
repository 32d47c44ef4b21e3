/** Absence notices: plan an absence, see per shop whether and by when to file, file it exactly once. */
export { AbsenceView } from './AbsenceView';
