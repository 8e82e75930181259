import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests in headless Chromium against the real local stack: `wrangler dev` serves
 * the built dist/ plus the API with a migrated local D1 (`npm test` builds before this runs).
 * Debian's /usr/bin/chromium is used when present (Playwright cannot download a browser on
 * these machines); elsewhere Playwright's own Chromium is used.
 */
// E2E_PORT lets several people run the suite side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 8788);
const chromiumPath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // The JSON report feeds the suite's one closing line (scripts/test-summary.ts).
  reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    // The site scrolls smoothly when motion is allowed. A focus() that scrolls the page can then
    // still be animating while Playwright presses a button, and a press whose mouseup lands after
    // the button moved is no click (the likely way CI once lost a Reset; it never failed here).
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    // A fresh local D1 of its own per run, so tests never see (or leave) a developer's data.
    command: 'npm run serve:e2e',
    env: { PORT: String(PORT), WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', ASTRO_TELEMETRY_DISABLED: '1' },
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
