import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../host/host-contract';
import { auditCsv, type AuditCsvLabels } from './audit-csv';

const labels: AuditCsvLabels = {
  columns: ['Time', 'Profile', 'Action', 'On', 'Details'],
  action: (entry) => (entry.action === 'reply-sent' ? 'Reply sent' : 'Case changed'),
  profile: (entry) => entry.profileName || 'Default',
};

describe('auditCsv', () => {
  it('writes one row per entry with the translated action and profile, and escapes formulas', () => {
    const entries: AuditEntry[] = [
      {
        at: '2026-11-28T10:00:01.000Z',
        profileId: 'p-1',
        profileName: 'Ben, the night shift',
        action: 'case-changed',
        subject: 'return:demo-2001:r-9',
        detail: '=HYPERLINK("x")',
      },
      { at: '2026-11-28T10:00:00.000Z', profileId: 'default', profileName: '', action: 'reply-sent', subject: 'demo-2001/t-1', detail: '' },
    ];
    const rows = Papa.parse<string[]>(auditCsv(entries, labels)).data;
    expect(rows).toEqual([
      ['Time', 'Profile', 'Action', 'On', 'Details'],
      ['2026-11-28T10:00:01.000Z', 'Ben, the night shift', 'Case changed', 'return:demo-2001:r-9', `'=HYPERLINK("x")`],
      ['2026-11-28T10:00:00.000Z', 'Default', 'Reply sent', 'demo-2001/t-1', ''],
    ]);
  });
});
