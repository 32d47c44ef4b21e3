import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './test/e2e/chromium';

// End-to-end tests drive the built console in web mode, in real Chromium, against the embedded demo
// marketplace over HTTP (with its fault-injection surface on). `npm run test:e2e` builds first.
// 500 demo threads make 125 per shop: two M11 pages each, so a pass has a page beyond the first.
// E2E_PORT_BASE moves both ports (e.g. to run two checkouts' suites side by side).
const portBase = Number(process.env.E2E_PORT_BASE ?? 5198);
export const e2ePorts = { console: portBase + 1, demo: portBase } as const;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${e2ePorts.console}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [...chromiumArgs],
    },
  },
  webServer: {
    command: `node out/main/web.js --port ${e2ePorts.console} --demo-port ${e2ePorts.demo} --demo-seed 7 --demo-threads 500 --buyer-pace-ms 0 --faults --data-dir test-results/web-data`,
    url: `http://127.0.0.1:${e2ePorts.console}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
