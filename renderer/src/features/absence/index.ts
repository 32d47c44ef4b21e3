/** Absence notices: plan an absence, see per shop whether and by when to file, file it exactly once. */
export { AbsenceView } from './AbsenceView';
export { AbsenceBanner } from './AbsenceBanner';
export { AbsenceStatusNotice } from './AbsenceStatusNotice';
