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
 * What the audit log records for a new outbox item: a message to a buyer or operator as "reply
 * sent" (plus "guard override" with the rules and reason when the seller sent it despite warnings),
 * an absence notice or closing dates as "absence filed". Case actions are recorded from the case's
 * history (auditOfCaseEvent), so they are not counted twice.
 */
export function auditOfOutboxItem(item: OutboxItem): AuditRecord[] {
  const subject = item.threadId ? `${item.shopId}/${item.threadId}` : item.shopId;
  switch (item.kind) {
    case 'reply': {
      const sent: AuditRecord = { action: 'reply-sent', subject, detail: '' };
      if (!item.guardOverride) return [sent];
      const { rules, reason } = item.guardOverride;
      return [sent, { action: 'guard-override', subject, detail: `${rules.join(', ')}${reason ? `: ${reason}` : ''}` }];
    }
    case 'support-thread':
    case 'order-thread':
      return [{ action: 'reply-sent', subject, detail: item.kind }];
    case 'absence-notice':
    case 'status-update':
      return [{ action: 'absence-filed', subject, detail: item.kind }];
    case 'incident-resolution':
    case 'return-action':
      return [];
  }
}

/** A case's history line as an audit line: every change a person made ('console' steps are automatic, not recorded). */
export function auditOfCaseEvent(event: CaseEventRecord): AuditRecord[] {
  if (event.actor === 'console') return [];
  return [{ action: 'case-changed', subject: event.caseKey, detail: event.detail ? `${event.action}: ${event.detail}` : event.action }];
}

/**
 * Records in the audit log what this window writes to its outbox and to case histories, once the
 * write succeeded (Dexie's creating hook), through `record` (the host call). Returns the unsubscribe.
 */
export function recordAuditFrom(db: ConsoleDatabase, record: (entry: AuditRecord) => void): () => void {
  // Dexie's creating hook: `this.onsuccess` runs once the record is stored.
  type Hook = { onsuccess?: (key: never) => void };
  const onOutbox = function (this: Hook, _key: unknown, item: OutboxItem) {
    this.onsuccess = () => auditOfOutboxItem(item).forEach(record);
  };
  const onCaseEvent = function (this: Hook, _key: unknown, event: CaseEventRecord) {
    this.onsuccess = () => auditOfCaseEvent(event).forEach(record);
  };
  db.outbox.hook('creating', onOutbox);
  db.caseEvents.hook('creating', onCaseEvent);
  return () => {
    db.outbox.hook('creating').unsubscribe(onOutbox);
    db.caseEvents.hook('creating').unsubscribe(onCaseEvent);
  };
}
