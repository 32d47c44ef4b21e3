import { describe, expect, it } from 'vitest';
import { caseSubject } from '../../shared/ipc';
import { memoryTextFile as memoryFile } from '../storage/atomic-file';
import { hashPin } from './pin-kdf';
import { createTeamStore } from './team-store';
import { createWorkstationHandlers } from './workstation-handlers';
import { createWorkstationStore } from './workstation-store';

async function setup(teamText?: string) {
  const now = () => new Date('2026-11-28T10:00:00Z');
  const profiles = createWorkstationStore({ file: memoryFile(), hash: (pin) => hashPin(pin, { N: 1024, r: 8, p: 1 }), now });
  const teamFile = memoryFile(teamText ?? null);
  const team = createTeamStore({ file: teamFile, profiles, now });
  const handlers = createWorkstationHandlers(profiles, team);
  const anna = await profiles.create({ name: 'Anna' });
  const ben = await profiles.create({ name: 'Ben' });
  const a = (await profiles.open(anna.id, undefined)).session;
  const b = (await profiles.open(ben.id, undefined)).session;
  return { handlers, teamFile, anna, ben, a, b };
}

describe('the team channels', () => {
  it('assign a case to a profile under its own subject, seen by the other profile, and record "case assigned" in the audit log', async () => {
    const { handlers, ben, a, b } = await setup();
    const subject = caseSubject('incident:demo-2001:O-1/L-1');
    await handlers['team:assign']({ session: a, subject, profileId: ben.id });
    expect((await handlers['team:subject']({ session: b, subject })).assignee).toEqual({ profileId: ben.id, profileName: 'Ben' });
    expect(await handlers['team:assignments']({ session: b })).toEqual({ [subject]: ben.id });
    await handlers['team:assign']({ session: b, subject, profileId: null });
    const audit = await handlers['workstation:audit-list']({ session: a });
    expect(audit.map((e) => [e.profileName, e.action, e.subject, e.detail])).toEqual([
      ['Ben', 'case-assigned', 'incident:demo-2001:O-1/L-1', 'unassigned'],
      ['Anna', 'case-assigned', 'incident:demo-2001:O-1/L-1', 'Ben'],
    ]);
  });

  it('records nothing in the audit log for a thread assignment, and reads a team.json written before cases could be assigned', async () => {
    const old = JSON.stringify({ version: 1, assignments: { 'demo-2001/t-1': 'p-gone' }, notes: {} });
    const { handlers, anna, a } = await setup(old);
    await handlers['team:assign']({ session: a, subject: 'demo-2001/t-2', profileId: anna.id });
    await handlers['team:assign']({ session: a, subject: caseSubject('return:demo-2001:r-9'), profileId: anna.id });
    expect(await handlers['team:assignments']({ session: a })).toEqual({
      'demo-2001/t-1': 'p-gone',
      'demo-2001/t-2': anna.id,
      'case:return:demo-2001:r-9': anna.id,
    });
    expect((await handlers['workstation:audit-list']({ session: a })).map((e) => e.action)).toEqual(['case-assigned']);
  });
});
