/**
 * The stores (Dexie's index notation) of every shipped schema version of the offline cache, in one
 * place: the database declares them (db.ts), and tests lay out old databases from them. A shipped
 * version is never edited; a new version adds its own constant. Data only, no imports, so Node-side
 * tests can use it without loading Dexie.
 */
export const storesV1: Readonly<Record<string, string>> = {
  shops: 'id, market',
  threads:
    '[shopId+id], shopId, dueAt, replyState, market, topic, takenOver, closed, dateUpdated, [shopId+dateUpdated], [replyState+dueAt]',
  messages: '[shopId+threadId+id], [shopId+threadId+dateCreated]',
  attachments: '[shopId+id], [shopId+threadId]',
  attachmentBlobs: '[shopId+id]',
  incidents: '[shopId+orderId+lineId], shopId, state, dateUpdated',
  returns: '[shopId+id], shopId, state, dateUpdated',
  reasons: '[shopId+type+code], [shopId+type]',
  outbox: '++seq, &id, shopId, state, [shopId+threadId], createdAt',
  drafts: '[shopId+threadId]',
  syncCursors: '[shopId+kind]',
  quarantine: '++id, shopId, kind, receivedAt',
};

/** Version 2's changes: quarantine fingerprints, and threads by [shopId+dueAt]. */
export const storesV2Changes: Readonly<Record<string, string>> = {
  threads:
    '[shopId+id], shopId, dueAt, replyState, market, topic, takenOver, closed, dateUpdated, [shopId+dateUpdated], [replyState+dueAt], [shopId+dueAt]',
  quarantine: '++id, shopId, kind, receivedAt, fingerprint',
};

/** Every store of version 2, as a database of that version holds them. */
export const storesV2: Readonly<Record<string, string>> = { ...storesV1, ...storesV2Changes };

/** Version 4's changes: the seller's read marks, one per thread (features/inbox's unread marks). */
export const storesV4Changes: Readonly<Record<string, string>> = {
  readMarks: '[shopId+threadId]',
};

/** Every store of version 4 (version 3 changed no store). */
export const storesV4: Readonly<Record<string, string>> = { ...storesV2, ...storesV4Changes };

/**
 * Version 5's changes: the profile's reply templates (features/templates), and the marks of one-time
 * seedings (the starter templates are seeded once, so templates the seller deleted stay deleted).
 */
export const storesV5Changes: Readonly<Record<string, string>> = {
  templates: 'id, language',
  seedMarks: 'id',
};

/** Every store of version 5. */
export const storesV5: Readonly<Record<string, string>> = { ...storesV4, ...storesV5Changes };

/**
 * Version 6's changes: planned absences (features/absence), phone complaints, each case's local
 * facts and history (features/cases, features/phone-complaints, features/case-stages), complaint
 * files and their rows, a page of rows per record (features/complaint-files).
 */
export const storesV6Changes: Readonly<Record<string, string>> = {
  absences: 'id, firstDay, lastDay',
  phoneComplaints: 'id, shopId, orderId, createdAt, updatedAt',
  caseMeta: 'key',
  caseEvents: '++seq, caseKey, at',
  complaintFiles: 'id, importedAt, filedOn',
  complaintRowPages: '[fileId+page], fileId',
};

/** Every store of version 6. */
export const storesV6: Readonly<Record<string, string>> = { ...storesV5, ...storesV6Changes };

/**
 * Version 7's changes: a thread's messages in one record with the thread's search tokens
 * (`threadMessages`), replacing one record per message (`messages`, deleted once its records are
 * moved; `null` deletes a store in Dexie's notation), and the search index's segments.
 */
export const storesV7Changes: Readonly<Record<string, string | null>> = {
  threadMessages: '[shopId+threadId]',
  searchSegments: '[bucket+segment]',
  messages: null,
};

/** Every store of version 7. */
export const storesV7: Readonly<Record<string, string>> = (() => {
  const { messages: _messages, ...kept } = storesV6;
  return { ...kept, threadMessages: '[shopId+threadId]', searchSegments: '[bucket+segment]' };
})();

/**
 * Version 8's changes: threads lose the single-field indexes nothing queries (dueAt, replyState,
 * market, takenOver, closed). Every index is written with each thread a sync stores; the inbox
 * filters these fields in memory, and due order per shop or by state has its compound indexes.
 */
export const storesV8Changes: Readonly<Record<string, string>> = {
  threads: '[shopId+id], shopId, topic, dateUpdated, [shopId+dateUpdated], [replyState+dueAt], [shopId+dueAt]',
};

/** Every store of version 8. */
export const storesV8: Readonly<Record<string, string>> = { ...storesV7, ...storesV8Changes };

/**
 * Version 9's changes: the `attachments` store is deleted, its records moved into their threads'
 * threadMessages records (a sync page wrote about a hundred attachment records and their index
 * entries beside a hundred threads; issue 15).
 */
export const storesV9Changes: Readonly<Record<string, string | null>> = {
  attachments: null,
};

/** Every store of version 9. */
export const storesV9: Readonly<Record<string, string>> = (() => {
  const { attachments: _attachments, ...kept } = storesV8;
  return kept;
})();
