/**
 * Module 4's CNN island end to end, in headless Chromium against the built site and the local
 * API (wrangler dev, from playwright.config.ts): a real short training run on the quick preset,
 * live progress and charts, accuracy above chance, a digit drawn with the mouse, save + reload +
 * load, and a leaderboard submission graded by the server. About 1-3 minutes on 2 cores.
 */
import { readFileSync, statSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { watchCsp } from './support/csp';

const MODULE_URL = '/modules/cnn/';

test.describe.configure({ mode: 'serial' });
// One real epoch on the quick preset plus a reload: ~2.5 min on 2 busy cores.
test.setTimeout(240_000);

let csp: Awaited<ReturnType<typeof watchCsp>> | undefined;

// On failure, say what the island itself reported (its status line and any alert) and any CSP violation so far.
test.afterEach(async ({ page }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log('CSP violations so far:', csp?.violations() ?? 'not watched');
  const said = await page.locator('[data-part="status"], [data-part="alert"], [data-part="submit-error"]').allTextContents().catch(() => []);
  await testInfo.attach('island-messages', { body: said.join('\n'), contentType: 'text/plain' });
  console.log('CNN island said:', said.filter(Boolean).join(' | '));
});

/** Draws a "7" on the pad with real mouse events (down, moves, up). */
async function drawSeven(page: Page): Promise<void> {
  const pad = page.locator('[data-part="pad"]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(0.25, 0.2));
  await page.mouse.down();
  await page.mouse.move(...at(0.75, 0.2), { steps: 12 });
  await page.mouse.move(...at(0.45, 0.85), { steps: 16 });
  await page.mouse.up();
}

/** The 10 probabilities once predictions for the finished drawing have arrived (no change for 0.5 s). */
async function probabilities(page: Page): Promise<number[]> {
  const items = page.locator('[data-part="probabilities"] li[data-probability]');
  await expect(items).toHaveCount(10);
  const read = () => items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-probability'))));
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const next = await read();
    if (next.every((p, k) => p === last[k])) return next;
    last = next;
  }
  throw new Error('The probabilities kept changing after the drawing was finished.');
}

test('train on MNIST in the browser, draw, save, reload, load and submit', { tag: '@island' }, async ({ page }) => {
  // The whole run (tfjs backends, wasm threads, helper workers, blobs) must stay inside the site's CSP.
  csp = await watchCsp(page);
  const heavyRequests: string[] = [];
  page.on('request', (request) => { if (/tfjs|worker/i.test(request.url())) heavyRequests.push(request.url()); });

  await page.goto(MODULE_URL);
  const island = page.locator('[data-cnn-trainer]');
  await island.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(heavyRequests, 'TensorFlow.js and the worker load only after Start').toEqual([]);

  // A short real run: quick preset, one epoch.
  await island.getByLabel('Quick', { exact: false }).check();
  await island.getByLabel('Epochs').fill('1');
  await island.getByRole('button', { name: 'Start training' }).click();

  await test.step('backend chosen, summary shown, progress and charts move', async () => {
    await expect(island.locator('[data-total-params]')).toHaveAttribute('data-total-params', '93322', { timeout: 90_000 });
    await expect(island.locator('[data-backend]')).toBeVisible();
    // On a multi-core CPU backend the trainer times helper workers; they must at least start.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const backend = await island.locator('[data-backend]').getAttribute('data-backend');
    if (cores > 1 && (backend === 'wasm' || backend === 'cpu')) {
      await expect(island.getByText(/Each batch is split across \d workers|One worker: splitting batches was not faster/)).toBeVisible();
    }
    const batchBar = island.locator('[data-part="batch-progress"]');
    await expect.poll(() => batchBar.evaluate((el) => (el as HTMLProgressElement).value), { timeout: 60_000 }).toBeGreaterThan(0);
    const chart = island.locator('[data-part="chart-loss"]');
    await expect.poll(() => chart.getAttribute('data-points').then(Number), { timeout: 30_000 }).toBeGreaterThan(0);
    const firstPoints = Number(await chart.getAttribute('data-points'));
    await expect.poll(() => chart.getAttribute('data-points').then(Number), { timeout: 30_000 }).toBeGreaterThan(firstPoints);
  });

  await test.step('training ends, test accuracy above chance', async () => {
    const accuracy = island.locator('[data-part="test-accuracy"]');
    await expect(accuracy).toHaveAttribute('data-accuracy', /\d/, { timeout: 150_000 });
    expect(Number(await accuracy.getAttribute('data-accuracy'))).toBeGreaterThan(0.5);
    await expect(island.locator('.cnn-confusion tbody tr')).toHaveCount(10);
    await expect(island.getByRole('button', { name: 'Start training' })).toBeEnabled();
  });

  await test.step('the trained island (tables, charts, gallery, pad) passes axe', async () => {
    const { violations } = await new AxeBuilder({ page }).include('[data-cnn-trainer]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await drawSeven(page);
  const probs = await probabilities(page);
  expect(probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);

  await test.step('download the model in TensorFlow.js format', async () => {
    const downloads: { name: string; path: string }[] = [];
    page.on('download', async (d) => downloads.push({ name: d.suggestedFilename(), path: await d.path() }));
    await island.getByRole('button', { name: /^Download/ }).click();
    await expect.poll(() => downloads.length, { timeout: 30_000 }).toBe(2);
    expect(downloads.map((d) => d.name).sort()).toEqual(['model.json', 'weights.bin']);
    const modelJson = JSON.parse(readFileSync(downloads.find((d) => d.name === 'model.json')!.path, 'utf8'));
    expect(modelJson.modelTopology).toBeTruthy();
    const manifestBytes = modelJson.weightsManifest.flatMap((g: { weights: { shape: number[] }[] }) => g.weights).reduce((sum: number, w: { shape: number[] }) => sum + 4 * w.shape.reduce((a, b) => a * b, 1), 0);
    expect(statSync(downloads.find((d) => d.name === 'weights.bin')!.path).size).toBe(manifestBytes);
    expect(manifestBytes).toBe(93_322 * 4);
  });

  await island.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(island.locator('[data-part="save-status"]')).toContainText('Saved', { timeout: 30_000 });

  await test.step('reload and load the saved model', async () => {
    await page.reload();
    const offer = page.locator('[data-part="saved-offer"]');
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Load saved model' }).click();
    await expect(page.locator('[data-part="status"]')).toContainText('Loaded the model', { timeout: 60_000 });
  });
  await drawSeven(page);
  const reloaded = await probabilities(page);
  expect(reloaded.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  // Same strokes, same model: the loaded weights must give the saved model's answer.
  const drift = Math.max(...reloaded.map((p, i) => Math.abs(p - probs[i]!)));
  expect(drift, 'the loaded model is the one that was saved').toBeLessThan(1e-3);

  await test.step('submit to the local API and see a rank, after one lost request and a retry', async () => {
    await page.route('**/api/submissions', (route) => route.abort('connectionreset'), { times: 1 });
    await page.getByRole('button', { name: 'Submit to leaderboard' }).click();
    await page.getByLabel('Display name for the leaderboard').fill(`e2e ${Date.now().toString(36)}`);
    await page.getByRole('button', { name: 'Submit with this name' }).click();
    const failure = page.locator('[data-part="submit-error"]');
    await expect(failure).toContainText('Could not reach the course server', { timeout: 60_000 });
    await failure.getByRole('button', { name: 'Retry' }).click();
    const rank = page.locator('[data-part="submit-result"] [data-rank]');
    await expect(rank).toHaveAttribute('data-rank', /^\d+$/, { timeout: 60_000 });
    await expect(page.locator('[data-part="submit-result"]')).toContainText('Server-graded test accuracy');
    // The weights went with the predictions and reproduced them on the server's sample.
    await expect(page.locator('[data-part="submit-result"]')).toContainText(/Verified: your weights reproduced your predictions on \d+ test images/);
  });
  expect(csp.violations(), 'Content-Security-Policy violations during the run').toEqual([]);
});
