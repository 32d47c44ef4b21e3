import { z } from 'zod';
import { defineChannel } from './channel';

/** A team member's profile as the renderer sees it: never its PIN or the PIN's hash. */
export interface ProfileSummary {
  id: string;
  name: string;
  /** True when opening the profile needs its PIN (it then locks when idle or asked). */
  hasPin: boolean;
  /** Minutes of inactivity after which the profile locks (only with a PIN). */
  idleLockMinutes: number;
  /** The shops the profile may use (null: every shop of the console). */
  shopIds: string[] | null;
  /** Days cached buyer data is kept after a thread's last change (older is purged at start). */
  retentionDays: number;
}

/** What the audit log records: who did which of these, when. */
export const auditActions = [
  'reply-sent',
  'guard-override',
  'case-changed',
  'absence-filed',
  'shop-connected',
  'shop-removed',
  'reply-queued',
  'case-assigned',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** One line of the workstation's audit log; the host stamps the time and the profile (never the renderer). */
export interface AuditEntry {
  at: string;
  profileId: string;
  profileName: string;
  action: AuditAction;
  /** What it was done to: a thread, case or shop key. */
  subject: string;
  detail: string;
}

const profileName = z.string().trim().min(1, 'Give the profile a name.').max(60);
/** A PIN or passphrase: at least 4 characters (a PIN of digits, or words). */
const pin = z.string().min(4, 'A PIN needs at least 4 characters.').max(200);
const profileId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** The session token `workstation:open` answers; it stands for an opened (unlocked) profile. */
const session = z.string().min(16).max(128);

/** Lists the workstation's profiles (the picker shows them before anything is opened). */
export const listProfiles = defineChannel('workstation:profiles', z.object({}).strict(), {} as ProfileSummary[]);

/** Creates a profile, with a PIN or without. */
export const createProfile = defineChannel(
  'workstation:create',
  z
    .object({
      name: profileName,
      pin: pin.optional(),
      idleLockMinutes: z.number().int().min(1).max(240).optional(),
      shopIds: z.array(z.string().min(1).max(100)).max(200).nullable().optional(),
      retentionDays: z.number().int().min(1).max(3650).optional(),
    })
    .strict(),
  {} as ProfileSummary,
);

/** Renames the open profile (its session proves it is open). */
export const renameProfile = defineChannel('workstation:rename', z.object({ session, name: profileName }).strict(), {} as ProfileSummary);

/**
 * Opens (unlocks) a profile: checks its PIN (when it has one) in the host and answers a session
 * token. Fails with WRONG_PIN, or TOO_MANY_ATTEMPTS after repeated wrong PINs.
 */
export const openProfile = defineChannel(
  'workstation:open',
  z.object({ id: profileId, pin: z.string().max(200).optional() }).strict(),
  {} as { session: string; profile: ProfileSummary },
);

/** Locks: ends the session, so the host refuses its data calls until the PIN is given again. */
export const lockProfile = defineChannel('workstation:lock', z.object({ session }).strict(), null);

/** Removes the open profile from the workstation (after the renderer has deleted its data). */
export const removeProfile = defineChannel('workstation:remove', z.object({ session }).strict(), null);

/** Records an action of the open profile in the audit log. */
export const recordAudit = defineChannel(
  'workstation:audit-record',
  z.object({ session, action: z.enum(auditActions), subject: z.string().max(200), detail: z.string().max(500).default('') }).strict(),
  null,
);

/** The audit log, newest first (any open profile may read it: it is the team's record). */
export const listAudit = defineChannel('workstation:audit-list', z.object({ session }).strict(), {} as AuditEntry[]);

/** The header names that carry the open profile and its session on gateway requests. */
export const profileHeaderName = 'x-console-profile';
export const sessionHeaderName = 'x-console-session';

/** An internal note on a thread or case: for the team only, never sent to the buyer. */
export interface TeamNote {
  at: string;
  profileId: string;
  profileName: string;
  text: string;
}

/** What the team shares about one thread or case (its key: `<shop>/<thread>` or a case key). */
export interface TeamSubject {
  /** The profile it is assigned to, or null. */
  assignee: { profileId: string; profileName: string } | null;
  notes: TeamNote[];
  /** Other profiles with a draft open on it now ("being answered by"). */
  answering: { profileId: string; profileName: string }[];
}

const subject = z.string().min(1).max(200);

/**
 * The team subject of a case: `case:<caseKey>` (a case key is `<kind>:<shopId>:<id>`). Threads keep
 * their `<shopId>/<threadId>` subjects, so team.json files written before cases could be assigned
 * read the same; the prefix keeps the two kinds of subject apart.
 */
export function caseSubject(caseKey: string): string {
  return `case:${caseKey}`;
}

/** The case key a team subject stands for, or null when the subject is a thread's. */
export function caseKeyOfSubject(subject: string): string | null {
  return subject.startsWith('case:') ? subject.slice('case:'.length) : null;
}

/** What the team shares about one subject, seen from the open profile. */
export const teamSubject = defineChannel('team:subject', z.object({ session, subject }).strict(), {} as TeamSubject);

/** Assigns a subject to a profile (null: unassigns it). */
export const assignSubject = defineChannel('team:assign', z.object({ session, subject, profileId: profileId.nullable() }).strict(), null);

/** Adds an internal note to a subject. */
export const addTeamNote = defineChannel(
  'team:note',
  z.object({ session, subject, text: z.string().trim().min(1, 'Write the note first.').max(2000) }).strict(),
  null,
);

/** Says the open profile has a draft open on `subject` (null: on none); it fades after two minutes without a repeat. */
export const reportPresence = defineChannel('team:presence', z.object({ session, subject: subject.nullable() }).strict(), null);

/** The subjects assigned to each profile (for the inbox's "assigned to me" and "unassigned" filters). */
export const listAssignments = defineChannel('team:assignments', z.object({ session }).strict(), {} as Record<string, string>);
