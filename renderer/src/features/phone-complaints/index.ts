/** Phone complaints (seed 004): the intake form, the case's detail (forward, outcome, link to a thread). */
export { PhoneComplaintIntake, PhoneComplaintDetail } from './PhoneComplaint.stub';
