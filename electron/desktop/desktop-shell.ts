import { desktopSettingsSchema, type AttentionReport, type DesktopSettings, type OpenThreadRequest } from '../../shared/ipc';
import type { IpcHandlers } from '../ipc/ipc-dispatcher';
import type { TextFile } from '../storage/atomic-file';
import { mainLanguageOf, type MainLanguage } from './main-texts';
import { emptyScheduleMemory, planNotifications, type ScheduleMemory } from './notification-schedule';

/** Electron's side of the desktop shell, passed in so the shell runs in plain Node tests. */
export interface DesktopShellDeps {
  /** Where the settings are kept (desktop-settings.json in userData). */
  settingsFile: TextFile;
  /** `app.setLoginItemSettings({ openAtLogin })`. */
  setLoginItem(openAtLogin: boolean): void;
  /** Shows a native notification; `onClick` runs when the seller clicks it. */
  showNotification(notification: { title: string; body: string; onClick: () => void }): void;
  /** The dock/launcher badge count and the tray's tooltip. */
  setBadge(count: number, tooltip: string): void;
  /** Tells the renderer a thread is waiting to be opened, and brings the window forward. */
  signalOpenThread(): void;
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  log(message: string, error?: unknown): void;
}

export const defaultDesktopSettings: DesktopSettings = { startAtLogin: false, notifyLeadMinutes: 30 };
/** The schedule is looked at again at least this often (a deadline can move while nothing is reported). */
const maxSleepMs = 15 * 60_000;

type ShellHandlers = Pick<IpcHandlers, 'desktop:attention' | 'desktop:settings' | 'desktop:settings:set' | 'desktop:take-open-thread'>;

/** The desktop shell: its IPC handlers, and `openThread` for deep links and clicked notifications. */
export interface DesktopShell {
  handlers: ShellHandlers;
  /** Queues a thread to open and signals the renderer, which takes it with `desktop:take-open-thread`. */
  openThread(link: OpenThreadRequest): void;
  /** The open profile's language as its renderer last reported it (English before any report), for the host's own texts. */
  language(): MainLanguage;
  /**
   * Forgets the open profile's attention (badge back to 0 with the idle tooltip, no notification
   * scheduled or pending thread to open), for a switch to another profile: nothing of the previous
   * profile stays in the tray until the next profile reports.
   */
  forget(idleTooltip: string): void;
  dispose(): void;
}

/**
 * Builds the shell's behaviour on Electron's APIs: the renderer's attention reports set the badge and
 * feed the notification schedule (notification-schedule.ts), a timer wakes it for the next due-soon
 * notification, clicking one opens its thread; settings are kept in a file (a damaged file reads as
 * the defaults) and changing start-at-login sets the OS login item.
 */
export function createDesktopShell(deps: DesktopShellDeps): DesktopShell {
  let settings: DesktopSettings | null = null;
  let report: AttentionReport | null = null;
  let memory: ScheduleMemory = emptyScheduleMemory;
  let timer: unknown = null;
  let pending: OpenThreadRequest | null = null;

  async function loadSettings(): Promise<DesktopSettings> {
    if (settings) return settings;
    let loaded = defaultDesktopSettings;
    try {
      const text = await deps.settingsFile.read();
      const parsed = text === null ? null : desktopSettingsSchema.safeParse(JSON.parse(text));
      if (parsed?.success) loaded = parsed.data;
    } catch (error) {
      deps.log('The desktop settings could not be read; the defaults are used', error);
    }
    settings = loaded;
    return loaded;
  }

  function openThread(link: OpenThreadRequest): void {
    pending = { shopId: link.shopId, threadId: link.threadId };
    deps.signalOpenThread();
  }

  function runSchedule(): void {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    if (!report || !settings) return;
    const texts = report.texts;
    const nowMs = deps.now();
    const step = planNotifications(report.threads, nowMs, settings.notifyLeadMinutes * 60_000, memory);
    memory = step.memory;
    for (const planned of step.notify) {
      deps.showNotification({
        title: planned.kind === 'due-soon' ? texts.dueSoon : texts.takenOver,
        body: planned.shopLabel,
        onClick: () => openThread(planned),
      });
    }
    if (step.folded > 0) deps.showNotification({ title: texts.several, body: '', onClick: () => deps.signalOpenThread() });
    const sleep = step.nextAtMs === null ? maxSleepMs : Math.min(Math.max(step.nextAtMs - nowMs, 1000), maxSleepMs);
    timer = deps.setTimer(runSchedule, sleep);
  }

  const handlers: ShellHandlers = {
    'desktop:attention': async (input) => {
      report = input;
      deps.setBadge(input.overdue + input.dueSoon, input.texts.badge);
      await loadSettings();
      runSchedule();
      return null;
    },
    'desktop:settings': async () => ({ available: true, ...(await loadSettings()) }),
    'desktop:settings:set': async (input) => {
      const before = await loadSettings();
      const next = { ...before, ...input };
      await deps.settingsFile.write(JSON.stringify(next, null, 2));
      settings = next;
      if (next.startAtLogin !== before.startAtLogin) deps.setLoginItem(next.startAtLogin);
      runSchedule();
      return { available: true, ...next };
    },
    'desktop:take-open-thread': async () => {
      const link = pending;
      pending = null;
      return link;
    },
  };

  return {
    handlers,
    openThread,
    language: () => mainLanguageOf(report?.language),
    forget(idleTooltip) {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
      report = null;
      memory = emptyScheduleMemory;
      pending = null;
      deps.setBadge(0, idleTooltip);
    },
    dispose() {
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
  };
}
