/**
 * Module 15's forecasting lab end to end in headless Chromium against the built site: nothing of
 * TensorFlow.js loads before Start (not even after "show the series" draws the windows); the
 * default run fills the MAE table with the two baselines and two trained models, all finite, and
 * a trained model beats the naive baseline on the held-out test period; the forecast chart has a
 * line per model plus the truth; bad settings get a message beside the control; axe is clean
 * after the run in both themes; nothing breaks the CSP; no sideways scroll at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { watchCsp } from './support/csp';
import { PHONE, expectNoSidewaysScroll } from './support/phone';
import { tfLoaded } from './support/tf';

const MODULE_URL = '/modules/time-series/';

test.setTimeout(300_000);

async function openLab(page: Page): Promise<Locator> {
  await page.goto(MODULE_URL);
  const lab = page.locator('[data-time-series-lab]');
  await lab.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return lab;
}


/** The results table as { model: test MAE }. */
async function testMaes(lab: Locator): Promise<Record<string, number>> {
  const rows = lab.locator('[data-part="results"] tr');
  return Object.fromEntries(await rows.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.model!, Number((tr as HTMLElement).dataset.testMae)])));
}

test('default run: baselines and trained models in the MAE table, a trained model beats naive', { tag: '@island' }, async ({ page }) => {
  const csp = await watchCsp(page);
  const wasm: string[] = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
  const lab = await openLab(page);
  expect(await tfLoaded(page), 'TensorFlow.js is not loaded before Start').toBe(false);
  expect(page.workers(), 'no worker before Start').toHaveLength(0);
  const idle = await new AxeBuilder({ page }).include('[data-time-series-lab]').analyze();
  expect(idle.violations.map((v) => `before Start ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await test.step('the series and windows draw without TensorFlow.js', async () => {
    await lab.getByRole('button', { name: 'Show the series and windows only' }).click();
    await expect(lab.locator('[data-part="window-info"]')).toContainText('2752 training, 552 validation and 552 test windows');
    await expect(lab.locator('[data-part="windows"] li')).toHaveCount(3);
    await expect(lab.locator('[data-part="windows"] li').first()).toContainText('Window 0: steps 0–47 → target step 48');
    await lab.getByRole('button', { name: 'Next window (one step on)' }).click();
    await expect(lab.locator('[data-part="series-chart"]')).toHaveAttribute('data-window-start', '1');
    expect(await tfLoaded(page), 'previewing does not load TensorFlow.js').toBe(false);
    expect(wasm, 'no wasm before Start').toEqual([]);
  });

  await test.step('a period of 0 is refused beside its field and nothing trains', async () => {
    await lab.getByLabel('Season period (hours)').fill('0');
    await lab.getByRole('button', { name: 'Start: train and compare' }).click();
    await expect(lab.locator('#ts-period-error')).toContainText('at least 2 steps');
    await expect(lab.getByLabel('Season period (hours)')).toHaveAttribute('aria-invalid', 'true');
    expect(await tfLoaded(page)).toBe(false);
    await lab.getByLabel('Season period (hours)').fill('24');
  });

  await test.step('Start trains the default run', async () => {
    await lab.getByRole('button', { name: 'Start: train and compare' }).click();
    await expect(lab.locator('[data-part="results"] tr')).toHaveCount(4, { timeout: 280_000 });
    expect(await tfLoaded(page), 'TensorFlow.js loaded in the lab\'s worker').toBe(true);
    await expect(lab.locator('[data-part="status"]')).toContainText('Training ran in a worker');
    const maes = await testMaes(lab);
    expect(Object.keys(maes)).toEqual(['naive', 'seasonal', 'dense', 'conv']);
    for (const [model, mae] of Object.entries(maes)) expect(Number.isFinite(mae) && mae > 0, `${model}: ${mae}`).toBe(true);
    // Noise of 0.5 puts a floor of about 0.40 under every forecaster: a lower MAE would be a leak.
    for (const model of ['dense', 'conv']) expect(maes[model]!, model).toBeGreaterThan(0.3);
    expect(Math.min(maes.dense!, maes.conv!), `trained ${maes.dense} / ${maes.conv} vs naive ${maes.naive}`).toBeLessThan(maes.naive!);
    await expect(lab.locator('[data-part="train-progress"]')).toHaveJSProperty('value', await lab.locator('[data-part="train-progress"]').evaluate((p: HTMLProgressElement) => p.max));
    await expect(lab.locator('[data-part="forecast-chart"]')).toHaveAttribute('data-lines', '5');
    await expect(lab.locator('[data-part="forecast-chart"] canvas')).toHaveCount(1);
    console.log(`time-series default run: ${await lab.getAttribute('data-seconds')} s, longest task ${await lab.getAttribute('data-longest-task')} ms, test MAE ${JSON.stringify(maes)}`);
  });

  await test.step('axe finds nothing in the lab after a run, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      const { violations } = await new AxeBuilder({ page }).include('[data-time-series-lab]').analyze();
      expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
  expect(csp.violations(), 'Content-Security-Policy violations').toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('no sideways scroll before Start or with the series, windows and results shown', { tag: '@island' }, async ({ page }) => {
    const lab = await openLab(page);
    await expectNoSidewaysScroll(page, 'before Start');
    await lab.getByLabel('Epochs per model').fill('1');
    await lab.getByRole('button', { name: 'Start: train and compare' }).click();
    await expect(lab.locator('[data-part="results"] tr')).toHaveCount(4, { timeout: 280_000 });
    await expectNoSidewaysScroll(page, 'after a run');
  });
});
