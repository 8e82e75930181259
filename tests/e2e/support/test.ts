/**
 * The e2e suite's `test`: Playwright's, with each test its own client address.
 *
 * The Worker rate-limits learner creation and grading per client address (wrangler.toml:
 * RL_LEARNERS allows 5 a minute). Every page in the suite comes from 127.0.0.1, so a fast run
 * that saves progress in several tests within one minute was refused by the limiter, which
 * is the limiter working, not the page failing. Each test plays a different learner, so it
 * sends its own `CF-Connecting-IP` (10.x.y.z; `wrangler dev` passes a client's header through,
 * and Cloudflare's edge overwrites it in production). Tests that exercise the limit itself
 * still share one address within the test.
 */
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { APIResponse, Browser, Locator, Page, Response } from '@playwright/test';

/** A random private IPv4 address: a fresh rate-limit bucket per test. */
const freshAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 254) + 1).join('.')}`;

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    await use({ ...extraHTTPHeaders, 'CF-Connecting-IP': freshAddress() });
  },
});
