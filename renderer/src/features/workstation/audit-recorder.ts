import type { CaseEventRecord } from '../../data/case-records';
import type { ConsoleDatabase } from '../../data/db';
import type { OutboxItem } from '../../data/records';
import type { AuditAction } from '../../host/host-contract';

/** One audit line as the renderer proposes it; the host adds the time and the profile from the session. */
export interface AuditRecord {
  action: AuditAction;
  subject: string;
  detail: string;
}

/**
 * What the audit log records when the seller queues an outbox item: a message to a buyer or operator
 * as "reply queued" (plus "guard override" with the rules and reason when the seller sent it despite
 * warnings: that choice is made at this moment), an absence notice or closing dates as "absence filed".
 * "Reply sent" waits for the marketplace (auditOfConfirmedSend). Case actions are recorded from the
 * case's history (auditOfCaseEvent), so they are not counted twice.
 */
export function auditOfOutboxItem(item: OutboxItem): AuditRecord[] {
  const subject = subjectOf(item);
  switch (item.kind) {
    case 'reply': {
      const queued: AuditRecord = { action: 'reply-queued', subject, detail: '' };
      if (!item.guardOverride) return [queued];
      const { rules, reason } = item.guardOverride;
      return [queued, { action: 'guard-override', subject, detail: `${rules.join(', ')}${reason ? `: ${reason}` : ''}` }];
    }
    case 'support-thread':
    case 'order-thread':
      return [{ action: 'reply-queued', subject, detail: item.kind }];
    case 'absence-notice':
    case 'status-update':
      return [{ action: 'absence-filed', subject, detail: item.kind }];
    case 'incident-resolution':
    case 'return-action':
      return [];
  }
}

/**
 * What the audit log records when the outbox marks an item sent, i.e. the marketplace accepted it
 * (its answer, or the read-back that found it): a message as "reply sent". A refused (parked) or
 * still-retrying item never gets here, so it is never recorded as sent.
 */
export function auditOfConfirmedSend(item: OutboxItem): AuditRecord[] {
  switch (item.kind) {
    case 'reply':
      return [{ action: 'reply-sent', subject: subjectOf(item), detail: '' }];
    case 'support-thread':
    case 'order-thread':
      return [{ action: 'reply-sent', subject: subjectOf(item), detail: item.kind }];
    default:
      return [];
  }
}

function subjectOf(item: OutboxItem): string {
  return item.threadId ? `${item.shopId}/${item.threadId}` : item.shopId;
}

/** A case's history line as an audit line: every change a person made ('console' steps are automatic, not recorded). */
export function auditOfCaseEvent(event: CaseEventRecord): AuditRecord[] {
  if (event.actor === 'console') return [];
  return [{ action: 'case-changed', subject: event.caseKey, detail: event.detail ? `${event.action}: ${event.detail}` : event.action }];
}

/**
 * Records in the audit log what this window writes to its outbox and to case histories, once the
 * write succeeded (Dexie's creating hook), and a message once its outbox item turns 'sent' (Dexie's
 * updating hook, which only watches the outbox's own transition: the sender is unchanged), through
 * `record` (the host call). Returns the unsubscribe.
 */
export function recordAuditFrom(db: ConsoleDatabase, record: (entry: AuditRecord) => void): () => void {
  // Dexie's creating hook: `this.onsuccess` runs once the record is stored.
  type Hook = { onsuccess?: (key: never) => void };
  const onOutbox = function (this: Hook, _key: unknown, item: OutboxItem) {
    // An item stored as already sent (none is today) is queued and confirmed at once.
    this.onsuccess = () => [...auditOfOutboxItem(item), ...(item.state === 'sent' ? auditOfConfirmedSend(item) : [])].forEach(record);
  };
  const onOutboxChange = function (this: Hook, changes: Partial<OutboxItem>, _key: unknown, before: OutboxItem) {
    if (changes.state !== 'sent' || before.state === 'sent') return;
    this.onsuccess = () => auditOfConfirmedSend({ ...before, ...changes } as OutboxItem).forEach(record);
  };
  const onCaseEvent = function (this: Hook, _key: unknown, event: CaseEventRecord) {
    this.onsuccess = () => auditOfCaseEvent(event).forEach(record);
  };
  db.outbox.hook('creating', onOutbox);
  db.outbox.hook('updating', onOutboxChange);
  db.caseEvents.hook('creating', onCaseEvent);
  return () => {
    db.outbox.hook('creating').unsubscribe(onOutbox);
    db.outbox.hook('updating').unsubscribe(onOutboxChange);
    db.caseEvents.hook('creating').unsubscribe(onCaseEvent);
  };
}
