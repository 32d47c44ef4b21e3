/** Phone complaints (seed 004): the intake form, the case's detail (forward, outcome, link to a thread, confirmation), and the order thread's entry. */
export { PhoneComplaintIntake, type IntakePrefill } from './PhoneComplaintIntake';
export { PhoneComplaintDetail } from './PhoneComplaintDetail';
export { PhoneComplaintFromThread } from './PhoneComplaintFromThread';
