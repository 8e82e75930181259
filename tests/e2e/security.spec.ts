/**
 * Security headers and the Content-Security-Policy on the served site (wrangler dev applies
 * public/_headers like Cloudflare does): every page from the sitemap, plus the progress,
 * leaderboard and 404 pages, loads and is used (search with its wasm index, theme toggle, a
 * graded quiz) with zero CSP violations; no page carries inline script, style elements or
 * inline event handlers; and every response, API included, has the headers. The CNN trainer's
 * training run is checked for violations in cnn.spec.ts (same watcher, support/csp.ts).
 */
import { expect, test, type APIResponse, type Response } from './support/test';
import { watchCsp } from './support/csp';
import { answerQuiz, checkAnswers, summary } from './support/learner';

type Headers = Record<string, string>;
const headersOf = (res: Response | APIResponse): Headers => res.headers();

/** The policy as directive -> sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...sources]) => [name!, sources]));
}

/** The headers every static page and file must have. */
function expectPageHeaders(h: Headers, what: string): void {
  const csp = directives(h['content-security-policy'] ?? '');
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get('script-src'), `${what}: script-src`).toBeDefined();
  expect(csp.get('script-src'), `${what}: no inline script`).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src'), `${what}: no eval`).not.toContain("'unsafe-eval'");
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('base-uri'), what).toEqual(["'none'"]);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], what).toMatch(/camera=\(\).*microphone=\(\)/);
  expect(h['strict-transport-security'], what).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
}

/** Site paths from the sitemap (absolute URLs on SITE_URL, mapped to this server). */
async function sitemapPaths(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

test('every page: security headers, no inline script or handlers, zero CSP violations', async ({ page, request }) => {
  test.setTimeout(180_000);
  const csp = await watchCsp(page);
  const paths = [...(await sitemapPaths(request)), '/progress/', '/leaderboards/', '/no-such-page/'];
  expect(paths.length).toBeGreaterThan(25);
  for (const path of paths) {
    const res = (await page.goto(path, { waitUntil: 'networkidle' }))!;
    expect(res.status(), path).toBe(path === '/no-such-page/' ? 404 : 200);
    expectPageHeaders(headersOf(res), path);
    const html = await res.text();
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), `${path}: inline <script>`).toBeNull();
    expect(html.match(/<style[\s>]/g), `${path}: <style> element`).toBeNull();
    expect(html.match(/\son[a-z]+\s*=/gi), `${path}: inline event handler`).toBeNull();
  }
  expect(csp.violations()).toEqual([]);
});

test('scripts that run under the policy: search (wasm), theme, quiz grading, dialog', async ({ page }) => {
  test.setTimeout(120_000);
  const csp = await watchCsp(page);
  await page.goto('/');
  await page.getByLabel('Search the course').fill('MaxPooling2D');
  // Pagefind compiles its wasm and fetches index chunks: slow on a busy machine.
  await expect(page.locator('[data-search-results] a').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /theme/i }).click();
  await page.goto('/modules/tensors/');
  await answerQuiz(page, 'tensors', true);
  await checkAnswers(page);
  await expect(summary(page)).toContainText('Passed');
  await page.getByRole('button', { name: 'Save my progress' }).click();
  await expect(page.getByRole('dialog', { name: 'Save your progress' })).toBeVisible();
  expect(csp.violations()).toEqual([]);
});

test('files and API answers carry their headers too', async ({ request }) => {
  const css = await request.get('/favicon.svg');
  expectPageHeaders(headersOf(css), '/favicon.svg');
  const api = headersOf(await request.get('/api/health'));
  expect(directives(api['content-security-policy'] ?? '').get('frame-ancestors')).toEqual(["'none'"]);
  expect(api['x-content-type-options']).toBe('nosniff');
  expect(api['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  expect(api['permissions-policy']).toMatch(/camera=\(\)/);
});
