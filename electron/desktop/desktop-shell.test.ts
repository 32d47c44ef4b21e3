// The desktop shell on fake Electron APIs: badge, notifications on a fake clock, opening threads, settings.
import { describe, expect, it } from 'vitest';
import type { AttentionReport } from '../../shared/ipc';
import { memoryTextFile } from '../storage/atomic-file';
import { createDesktopShell } from './desktop-shell';

const minute = 60_000;
const start = Date.UTC(2026, 10, 27, 9, 0);

function setup(settingsText: string | null = null) {
  const clock = { now: start };
  const timers: { callback: () => void; at: number; cleared: boolean }[] = [];
  const shown: { title: string; body: string; onClick: () => void }[] = [];
  const badges: [number, string][] = [];
  const loginItems: boolean[] = [];
  let signals = 0;
  const settingsFile = memoryTextFile(settingsText);
  const shell = createDesktopShell({
    settingsFile,
    setLoginItem: (open) => loginItems.push(open),
    showNotification: (n) => shown.push(n),
    setBadge: (count, tooltip) => badges.push([count, tooltip]),
    signalOpenThread: () => (signals += 1),
    now: () => clock.now,
    setTimer: (callback, ms) => {
      const timer = { callback, at: clock.now + ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      (handle as { cleared: boolean }).cleared = true;
    },
    log: () => undefined,
  });
  /** Moves the clock to `ms` and fires the live timers that are due. */
  function advanceTo(ms: number) {
    clock.now = ms;
    for (const timer of [...timers]) if (!timer.cleared && timer.at <= ms && ((timer.cleared = true), true)) timer.callback();
  }
  return { shell, shown, badges, loginItems, settingsFile, advanceTo, signals: () => signals, timers };
}

function report(threads: AttentionReport['threads'], overdue = 0, dueSoon = 0): AttentionReport {
  return {
    overdue,
    dueSoon,
    threads,
    texts: {
      badge: `${overdue} overdue, ${dueSoon} due soon`,
      dueSoon: 'A reply falls due soon',
      takenOver: 'The platform took a thread over',
      several: 'Several threads need you',
    },
  };
}

const thread = (id: string, dueAtMs: number | null, takenOver = false) => ({
  shopId: 'demo-2001',
  threadId: id,
  shopLabel: 'Elektro-Dom',
  dueAtMs,
  takenOver,
});

describe('createDesktopShell', () => {
  it('sets the badge to overdue plus due soon, with the renderer’s tooltip', async () => {
    const { shell, badges } = setup();
    await shell.handlers['desktop:attention'](report([], 2, 3));
    expect(badges).toEqual([[5, '2 overdue, 3 due soon']]);
  });

  it('speaks the language the renderer last reported for the host’s own texts, English before that', async () => {
    const { shell } = setup();
    expect(shell.language()).toBe('en');
    await shell.handlers['desktop:attention']({ ...report([]), language: 'lv' });
    expect(shell.language()).toBe('lv');
  });

  it('notifies a thread the lead time before it falls due, on its timer, and opens it when clicked', async () => {
    const { shell, shown, advanceTo, signals } = setup();
    await shell.handlers['desktop:attention'](report([thread('t1', start + 60 * minute)]));
    expect(shown).toEqual([]);
    advanceTo(start + 29 * minute);
    expect(shown).toEqual([]);
    advanceTo(start + 30 * minute);
    expect(shown.map((n) => [n.title, n.body])).toEqual([['A reply falls due soon', 'Elektro-Dom']]);
    shown[0]?.onClick();
    expect(signals()).toBe(1);
    expect(await shell.handlers['desktop:take-open-thread']({})).toEqual({ shopId: 'demo-2001', threadId: 't1' });
    expect(await shell.handlers['desktop:take-open-thread']({})).toBeNull();
  });

  it('notifies a takeover when a later report shows it', async () => {
    const { shell, shown } = setup();
    await shell.handlers['desktop:attention'](report([thread('t1', null)]));
    await shell.handlers['desktop:attention'](report([thread('t1', null, true)]));
    expect(shown.map((n) => n.title)).toEqual(['The platform took a thread over']);
  });

  it('uses the saved lead time, and a damaged settings file reads as the defaults', async () => {
    const saved = setup(JSON.stringify({ startAtLogin: true, notifyLeadMinutes: 90 }));
    expect(await saved.shell.handlers['desktop:settings']({})).toEqual({ available: true, startAtLogin: true, notifyLeadMinutes: 90 });
    await saved.shell.handlers['desktop:attention'](report([thread('t1', start + 60 * minute)]));
    expect(saved.shown).toHaveLength(1);
    const damaged = setup('{ not json');
    expect(await damaged.shell.handlers['desktop:settings']({})).toEqual({ available: true, startAtLogin: false, notifyLeadMinutes: 30 });
  });

  it('saves settings and sets the login item only when start-at-login changes', async () => {
    const { shell, loginItems, settingsFile } = setup();
    expect(await shell.handlers['desktop:settings:set']({ notifyLeadMinutes: 10 })).toEqual({
      available: true,
      startAtLogin: false,
      notifyLeadMinutes: 10,
    });
    expect(loginItems).toEqual([]);
    await shell.handlers['desktop:settings:set']({ startAtLogin: true });
    expect(loginItems).toEqual([true]);
    expect(JSON.parse(settingsFile.text ?? '')).toEqual({ startAtLogin: true, notifyLeadMinutes: 10 });
  });

  it('folds a burst of due threads into one more notification', async () => {
    const { shell, shown } = setup();
    await shell.handlers['desktop:attention'](report(['a', 'b', 'c', 'd', 'e'].map((id) => thread(id, start + 5 * minute))));
    expect(shown.map((n) => n.title)).toEqual([
      'A reply falls due soon',
      'A reply falls due soon',
      'A reply falls due soon',
      'Several threads need you',
    ]);
  });

  it('leaves no live timer after dispose', async () => {
    const { shell, timers } = setup();
    await shell.handlers['desktop:attention'](report([thread('t1', start + 60 * minute)]));
    shell.dispose();
    expect(timers.every((t) => t.cleared)).toBe(true);
  });

  it('forgets the previous profile on a switch: badge 0 with the idle tooltip, no notification, no thread to open', async () => {
    const { shell, shown, badges, advanceTo, timers } = setup();
    await shell.handlers['desktop:attention'](report([thread('t1', start + 60 * minute)], 2, 1));
    shell.openThread({ shopId: 'demo-2001', threadId: 't1' });
    shell.forget('Seller Console');
    expect(badges.at(-1)).toEqual([0, 'Seller Console']);
    expect(timers.every((t) => t.cleared)).toBe(true);
    advanceTo(start + 30 * minute);
    expect(shown).toEqual([]);
    expect(await shell.handlers['desktop:take-open-thread']({})).toBeNull();
  });
});
