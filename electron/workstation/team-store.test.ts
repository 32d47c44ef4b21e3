import { describe, expect, it } from 'vitest';
import { memoryTextFile as memoryFile } from '../storage/atomic-file';
import { hashPin } from './pin-kdf';
import { createTeamStore, presenceTtlMs } from './team-store';
import { createWorkstationStore } from './workstation-store';

async function setup() {
  let time = new Date('2026-11-28T10:00:00Z').getTime();
  const now = () => new Date(time);
  const profiles = createWorkstationStore({ file: memoryFile(), hash: (pin) => hashPin(pin, { N: 1024, r: 8, p: 1 }), now });
  const teamFile = memoryFile();
  const team = createTeamStore({ file: teamFile, profiles, now });
  const anna = await profiles.create({ name: 'Anna', pin: '2468' });
  const ben = await profiles.create({ name: 'Ben' });
  const a = (await profiles.open(anna.id, '2468')).session;
  const b = (await profiles.open(ben.id, undefined)).session;
  return { team, teamFile, profiles, anna, ben, a, b, advance: (ms: number) => (time += ms) };
}

describe('the team store', () => {
  it('shares assignments and internal notes across profiles, kept on disk', async () => {
    const { team, teamFile, profiles, anna, ben, a, b } = await setup();
    await team.assign(a, 'demo-2001/t-1', ben.id);
    await team.note(a, 'demo-2001/t-1', 'Buyer called, wants a refund.');
    const seenByBen = await team.subject(b, 'demo-2001/t-1');
    expect(seenByBen.assignee).toEqual({ profileId: ben.id, profileName: 'Ben' });
    expect(seenByBen.notes).toEqual([
      { at: '2026-11-28T10:00:00.000Z', profileId: anna.id, profileName: 'Anna', text: 'Buyer called, wants a refund.' },
    ]);
    expect(await team.assignments(b)).toEqual({ 'demo-2001/t-1': ben.id });
    const reloaded = createTeamStore({ file: teamFile, profiles });
    expect((await reloaded.subject(b, 'demo-2001/t-1')).notes).toHaveLength(1);
    await team.assign(b, 'demo-2001/t-1', null);
    expect((await team.subject(a, 'demo-2001/t-1')).assignee).toBeNull();
    await expect(team.assign(a, 'demo-2001/t-1', 'p-nobody')).rejects.toMatchObject({ code: 'UNKNOWN_PROFILE' });
  });

  it('tells another profile who is answering a thread, never the profile itself, and forgets it after the TTL', async () => {
    const { team, a, b, advance } = await setup();
    await team.presence(a, 'demo-2001/t-1');
    expect((await team.subject(b, 'demo-2001/t-1')).answering.map((p) => p.profileName)).toEqual(['Anna']);
    expect((await team.subject(a, 'demo-2001/t-1')).answering).toEqual([]);
    expect((await team.subject(b, 'demo-2001/t-2')).answering).toEqual([]);
    advance(presenceTtlMs + 1);
    expect((await team.subject(b, 'demo-2001/t-1')).answering).toEqual([]);
    await team.presence(a, 'demo-2001/t-1');
    await team.presence(a, null);
    expect((await team.subject(b, 'demo-2001/t-1')).answering).toEqual([]);
  });

  it('refuses every call of a locked session', async () => {
    const { team, profiles, a } = await setup();
    await profiles.lock(a);
    await expect(team.subject(a, 'demo-2001/t-1')).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(team.note(a, 'demo-2001/t-1', 'x')).rejects.toMatchObject({ code: 'LOCKED' });
  });
});
