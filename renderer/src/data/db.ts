import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AttachmentBlobRecord,
  DraftRecord,
  IncidentRecord,
  OutboxItem,
  QuarantineRecord,
  ReadMarkRecord,
  ReasonRecord,
  ReturnRecord,
  SearchSegmentRecord,
  SeedMarkRecord,
  AbsenceRecord,
  PhoneComplaintRecord,
  CaseMetaRecord,
  CaseEventRecord,
  ComplaintFileRecord,
  ComplaintRowPageRecord,
  ShopRecord,
  SyncCursorRecord,
  TemplateRecord,
  ThreadMessagesRecord,
  ThreadRecord,
} from './records';
import { cachedThreadFacts } from '../sync/thread-records';
import { quarantineFingerprint } from './quarantine-fingerprint';
import {
  storesV1,
  storesV2Changes,
  storesV4Changes,
  storesV5Changes,
  storesV6Changes,
  storesV7Changes,
  storesV8Changes,
  storesV9Changes,
} from './schema-stores';
import { moveAttachmentsIntoThreads, moveMessagesIntoThreads } from './thread-messages.migration';

/**
 * The console's offline cache: one IndexedDB database per profile (see profileDatabaseName); the
 * shops are data inside it, so connecting or removing a shop never hides what is stored. Every schema
 * version ever shipped stays declared below (Dexie needs them to upgrade old installs); a new version
 * adds a `version(n)` block with its `upgrade`, never edits an old one.
 */
export class ConsoleDatabase extends Dexie {
  shops!: EntityTable<ShopRecord, 'id'>;
  threads!: Table<ThreadRecord, [string, string]>;
  threadMessages!: Table<ThreadMessagesRecord, [string, string]>;
  searchSegments!: Table<SearchSegmentRecord, [string, string]>;
  attachmentBlobs!: Table<AttachmentBlobRecord, [string, string]>;
  incidents!: Table<IncidentRecord, [string, string, string]>;
  returns!: Table<ReturnRecord, [string, string]>;
  reasons!: Table<ReasonRecord, [string, string, string]>;
  outbox!: EntityTable<OutboxItem, 'seq'>;
  drafts!: Table<DraftRecord, [string, string]>;
  syncCursors!: Table<SyncCursorRecord, [string, string]>;
  quarantine!: EntityTable<QuarantineRecord, 'id'>;
  readMarks!: Table<ReadMarkRecord, [string, string]>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  seedMarks!: EntityTable<SeedMarkRecord, 'id'>;
  absences!: EntityTable<AbsenceRecord, 'id'>;
  phoneComplaints!: EntityTable<PhoneComplaintRecord, 'id'>;
  caseMeta!: EntityTable<CaseMetaRecord, 'key'>;
  caseEvents!: EntityTable<CaseEventRecord, 'seq'>;
  complaintFiles!: EntityTable<ComplaintFileRecord, 'id'>;
  complaintRowPages!: Table<ComplaintRowPageRecord, [string, number]>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(storesV1);
    // Version 2: quarantined payloads get a fingerprint, so a broken record that the marketplace
    // keeps sending is kept once; threads get an index on [shopId+dueAt] for per-shop due order.
    this.version(2)
      .stores(storesV2Changes)
      .upgrade(async (tx) => {
        await tx
          .table<QuarantineRecord, number>('quarantine')
          .toCollection()
          .modify((record) => {
            record.fingerprint = quarantineFingerprint(record.shopId, record.kind, record.payload);
          });
      });
    // Version 3: threads carry the fields the UI reads (participants with their types, order id,
    // topic code), derived from `raw` with the sync engine's own threadFacts, so the UI never reads
    // `raw`. No index changes. A `raw` that no longer passes the schema keeps the record's existing
    // fields and gets empty participant lists (the UI treats those as an ordinary buyer thread).
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table<ThreadRecord, [string, string]>('threads')
          .toCollection()
          .modify((record) => {
            Object.assign(record, cachedThreadFacts(record.raw) ?? { currentParticipants: [], authorizedParticipants: [] });
          });
      });
    // Version 4: the seller's read marks (unread threads in the inbox), and two more fields derived
    // from `raw` for threads cached before: the order's label (search) and the last message instant
    // (unread). A `raw` that no longer passes the schema keeps the record as it is.
    this.version(4)
      .stores(storesV4Changes)
      .upgrade(async (tx) => {
        await tx
          .table<ThreadRecord, [string, string]>('threads')
          .toCollection()
          .modify((record) => {
            const facts = cachedThreadFacts(record.raw);
            if (facts) Object.assign(record, facts);
          });
      });
    // Version 5: the profile's reply templates and the marks of one-time seedings. New stores only;
    // the starter templates are seeded on first use (data/templates.queries.ts), not here.
    this.version(5).stores(storesV5Changes);
    // Version 6: planned absences, phone complaints, each case's local facts and history, complaint
    // files and their rows. New stores only.
    this.version(6).stores(storesV6Changes);
    // Version 7: a thread's messages in one record with its search tokens (threadMessages) instead
    // of one record per message, so a sync page is a hundred puts; and the search index's segments.
    // The messages are moved and indexed, then `messages` is deleted.
    this.version(7).stores(storesV7Changes).upgrade(moveMessagesIntoThreads);
    // Version 8: threads lose five indexes nothing reads, each one a write per stored thread (sync
    // throughput, issue 15). Index changes only; Dexie drops them, the records stay as they are.
    this.version(8).stores(storesV8Changes);
    // Version 9: attachments move into their threads' threadMessages records and their store is
    // deleted (a sync page writes a hundred records fewer, issue 15). New records also keep their
    // tokens as one string and messages without the marketplace's whole message; records written
    // before are read as they are (see ThreadMessagesRecord), so the upgrade rewrites only threads
    // with attachments.
    this.version(9).stores(storesV9Changes).upgrade(moveAttachmentsIntoThreads);
  }
}

/** Profile ids are plain names, so a profile's database name can never be read as another's. */
const profileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The database of a profile: `seller-console:<profileId>`. Throws for a profile id that is not a
 * plain name (letters, digits, `_`, `-`), which would make names ambiguous.
 */
export function profileDatabaseName(profileId: string): string {
  if (!profileIdPattern.test(profileId)) throw new Error(`"${profileId}" is not a valid profile id.`);
  return `seller-console:${profileId}`;
}

/**
 * Among an origin's database names, the profile's databases from before one database per profile:
 * `seller-console:<profileId>:<shop ids>`, one per set of shops. Their content is adopted by the
 * profile's database at start (legacy-databases.ts).
 */
export function legacyDatabaseNames(profileId: string, names: readonly string[]): string[] {
  const prefix = `${profileDatabaseName(profileId)}:`;
  return names.filter((name) => name.startsWith(prefix) && name.length > prefix.length).sort();
}
