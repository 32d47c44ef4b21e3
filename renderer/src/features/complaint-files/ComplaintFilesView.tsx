/** The Complaint files view (stub: features/complaint-files builds it). */
export function ComplaintFilesView(_props: { now: number }) {
  return null;
}
