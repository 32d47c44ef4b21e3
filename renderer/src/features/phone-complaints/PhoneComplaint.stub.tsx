import type { ThreadKey } from '../inbox';

/** The intake form for a complaint taken by phone; `onDone` gets the new complaint's id, or nothing when cancelled. */
export function PhoneComplaintIntake(_props: { now: number; onDone(id?: string): void }) {
  return null;
}

/** A phone complaint's detail: its facts, forward, outcome, link to a thread, history. */
export function PhoneComplaintDetail(_props: { id: string; now: number; onOpenThread(selection: ThreadKey): void }) {
  return null;
}
