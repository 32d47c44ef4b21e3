import { expect, test, type Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { countdown, getMarket, isWorkingDay } from '../../shared/working-time';

// The deadline countdowns of the inbox rows and the thread header, checked against the working-time
// model of shared/working-time. The demo marketplace seeds its threads relative to its own (real) clock;
// each test reads the due instants from the page, picks a thread and an instant at which the model says
// what the test is about (the clock stopped for a weekend or a public holiday, or overdue), pins the
// browser's clock there (page.clock.setFixedTime: Date is fixed, timers keep running) and compares the
// texts with the model's numbers. The seller works from Lisbon, so Warsaw, Riga and Zagreb deadlines also
// show the seller's own time.

test.use({ timezoneId: 'Europe/Lisbon', locale: 'en-GB' });
test.setTimeout(120_000);

interface Row {
  threadId: string;
  market: string;
  dueAt: string;
}

const MINUTE = 60_000;

/** Working time as the console abbreviates it: hours and minutes, up to the started minute. */
function shortDuration(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / MINUTE);
  const [h, m] = [Math.floor(total / 60), total % 60];
  return [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The same, spelled out with English plurals (the header). */
function longDuration(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / MINUTE);
  const [h, m] = [Math.floor(total / 60), total % 60];
  const hours = h > 0 ? `${h} hour${h === 1 ? '' : 's'}` : '';
  const minutes = m > 0 || h === 0 ? `${m} minute${m === 1 ? '' : 's'}` : '';
  return [hours, minutes].filter(Boolean).join(' ');
}

/** The waiting threads the inbox shows, with their market and due instant, read from the timers' data. */
async function waitingRows(page: Page): Promise<Row[]> {
  const timers = page.locator('.thread-row [role="timer"][data-due-at]');
  await expect.poll(() => timers.count(), { timeout: 45_000 }).toBeGreaterThan(100);
  return page.locator('.thread-row').evaluateAll((rows) =>
    rows.flatMap((row) => {
      const timer = row.querySelector('[role="timer"][data-due-at]');
      if (!timer) return [];
      return [
        {
          threadId: row.getAttribute('data-thread-id') ?? '',
          market: timer.getAttribute('data-market') ?? '',
          dueAt: timer.getAttribute('data-due-at') ?? '',
        },
      ];
    }),
  );
}

/** Loads the console with the browser's clock fixed at the test runner's now, and answers that instant. */
async function openAtRealNow(page: Page): Promise<string> {
  const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE).toISOString();
  await page.clock.setFixedTime(now);
  await page.goto('/');
  return now;
}

/**
 * A thread and a noon on a day `wanted` picks (looking back from its due day), at which the model says the
 * clock is stopped with working time left; the closest such noon of all rows, so the numbers stay realistic.
 */
function stoppedAt(rows: Row[], wanted: (day: Temporal.PlainDate, market: string) => boolean): { row: Row; at: string } {
  let best: { row: Row; at: string; left: number } | null = null;
  for (const row of rows) {
    const { timeZone } = getMarket(row.market);
    let day = Temporal.Instant.from(row.dueAt).toZonedDateTimeISO(timeZone).toPlainDate();
    for (let k = 0; k < 200; k += 1, day = day.subtract({ days: 1 })) {
      if (day.year < 2024 || !wanted(day, row.market)) continue;
      const at = day.toZonedDateTime({ timeZone, plainTime: '12:00' }).toInstant().toString();
      const model = countdown(row.dueAt, at, row.market);
      if (model.state !== 'clock-stopped' || model.workingMsLeft < MINUTE) continue;
      if (!best || model.workingMsLeft < best.left) best = { row, at, left: model.workingMsLeft };
      break;
    }
  }
  if (!best) throw new Error('No thread of the demo has such a day before its deadline.');
  return best;
}

const working = (day: Temporal.PlainDate, market: string) => isWorkingDay(day.toString(), market);

/** An instant as the console writes it, formatted by the page's own Intl (as the console does). */
function inPage(page: Page, iso: string, timeZone: string, style: 'short' | 'full'): Promise<string> {
  return page.evaluate(
    ([instant, zone, full]) =>
      new Intl.DateTimeFormat('en', {
        timeZone: zone,
        weekday: 'short',
        ...(full ? { day: 'numeric', month: 'short' } : {}),
        hour: '2-digit',
        minute: '2-digit',
        timeZoneName: full ? 'long' : 'short',
      }).format(new Date(instant)),
    [iso, timeZone, style === 'full'] as const,
  );
}

/** Pins the clock at `at`, reloads (the threads stay in the offline cache) and checks a stopped clock's texts. */
async function expectStopped(page: Page, row: Row, at: string, reason: string): Promise<void> {
  await page.clock.setFixedTime(at);
  await page.reload();
  const model = countdown(row.dueAt, at, row.market);
  expect(model.state).toBe('clock-stopped');
  const { timeZone } = getMarket(row.market);
  const until = model.nextChangeAt as string;
  const rowTimer = page.locator(`.thread-row[data-thread-id="${row.threadId}"] [role="timer"]`);
  await expect(rowTimer).toHaveAttribute('data-state', 'clock-stopped', { timeout: 30_000 });
  await expect(rowTimer.locator('.countdown-main')).toHaveText(
    `Clock stopped (${reason}) until ${await inPage(page, until, timeZone, 'short')} · ${shortDuration(model.workingMsLeft)} left`,
  );
  await expect(rowTimer.locator('time')).toHaveAttribute('datetime', row.dueAt);
  await expect(rowTimer.locator('time')).toHaveText(`due ${await inPage(page, row.dueAt, timeZone, 'short')}`);
  await expect(rowTimer).toHaveAccessibleName(new RegExp(`^Reply deadline: Clock stopped \\(${reason}\\) until `));

  await page.locator(`.thread-row[data-thread-id="${row.threadId}"]`).click();
  const header = page.locator(`article.thread-view[data-thread-id="${row.threadId}"] header [role="timer"]`);
  await expect(header.locator('.countdown-main')).toHaveText(
    `Clock stopped (${reason}) until ${await inPage(page, until, timeZone, 'full')} · ${longDuration(model.workingMsLeft)} of working time left`,
  );
  // The seller's own time is added where its wall clock differs from the market's (not for a Lisbon deadline).
  const marketTime = await inPage(page, row.dueAt, timeZone, 'full');
  const ownTime = await inPage(page, row.dueAt, 'Europe/Lisbon', 'full');
  const wallClock = (s: string) => s.match(/\d{1,2}:\d{2}/)?.[0];
  await expect(header.locator('time')).toHaveAttribute('datetime', row.dueAt);
  await expect(header.locator('time')).toHaveText(
    wallClock(marketTime) !== wallClock(ownTime) ? `Reply due ${marketTime} (your time: ${ownTime})` : `Reply due ${marketTime}`,
  );
  test.info().annotations.push({ type: 'scenario', description: `${row.market} thread ${row.threadId} due ${row.dueAt}, seen at ${at}` });
}

test('on a weekend the countdown says the clock is stopped until Monday, with the working time left', async ({ page }) => {
  await openAtRealNow(page);
  const rows = await waitingRows(page);
  const isWeekend = (day: Temporal.PlainDate, market: string) =>
    day.dayOfWeek === 6 && working(day.add({ days: 2 }), market) && !working(day, market);
  const { row, at } = stoppedAt(rows, isWeekend);
  await expectStopped(page, row, at, 'weekend');
});

test('on a public holiday the countdown says the clock is stopped for the holiday', async ({ page }) => {
  await openAtRealNow(page);
  const rows = await waitingRows(page);
  // A weekday the market's calendar takes off, followed by a working day: the stop is the holiday alone.
  const isHoliday = (day: Temporal.PlainDate, market: string) =>
    day.dayOfWeek <= 5 && !working(day, market) && working(day.add({ days: 1 }), market);
  const { row, at } = stoppedAt(rows, isHoliday);
  await expectStopped(page, row, at, 'public holiday');
});

test('an overdue thread says by how much working time, in the row and in the header', async ({ page }) => {
  const now = await openAtRealNow(page);
  const rows = await waitingRows(page);
  const row = rows.find((r) => countdown(r.dueAt, now, r.market).state === 'overdue');
  expect(row, 'the demo has overdue threads').toBeDefined();
  if (!row) return;
  const model = countdown(row.dueAt, now, row.market);
  const rowTimer = page.locator(`.thread-row[data-thread-id="${row.threadId}"] [role="timer"]`);
  await expect(rowTimer).toHaveAttribute('data-state', 'overdue');
  await expect(rowTimer.locator('.countdown-main')).toHaveText(`Overdue by ${shortDuration(model.workingMsLeft)}`);
  await expect(rowTimer).toHaveAccessibleName(
    new RegExp(`^Reply deadline: Overdue by ${longDuration(model.workingMsLeft)} of working time`),
  );
  await page.locator(`.thread-row[data-thread-id="${row.threadId}"]`).click();
  const header = page.locator(`article.thread-view[data-thread-id="${row.threadId}"] header [role="timer"]`);
  await expect(header).toHaveAttribute('data-state', 'overdue');
  await expect(header.locator('.countdown-main')).toContainText(`Overdue by ${longDuration(model.workingMsLeft)} of working time`);
  await expect(header).toHaveAttribute(
    'title',
    new RegExp(`24 working hours in the calendar of ${new Intl.DisplayNames(['en'], { type: 'region' }).of(row.market)}`),
  );
});
