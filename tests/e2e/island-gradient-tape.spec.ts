/**
 * Module 10's gradient-tape lab end to end in headless Chromium against the built site: nothing
 * of the lab or TensorFlow.js loads before Start; each phase highlights its own lines of the
 * module's train_step listing (aria-current and the live sentence); gradient and update norms
 * are real (finite, above 0) for every trainable variable; 50 more steps make the batch loss fall;
 * bad settings get a message beside the control; axe is clean after a run; nothing breaks the
 * site's CSP; no sideways scroll at 360 px. A real run takes seconds, but the machine may be
 * loaded: generous timeouts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { watchCsp } from './support/csp';
import { PHONE, expectNoSidewaysScroll } from './support/phone';

const MODULE_URL = '/modules/gradient-tape/';
const VARIABLES = ['dense/kernel', 'dense/bias', 'dense_1/kernel', 'dense_1/bias'];

test.setTimeout(300_000);

/** Every script and wasm response with its size, in the order they arrive. */
function watchScripts(page: Page): { url: string; bytes: number }[] {
  const seen: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (response.request().resourceType() !== 'script' && !url.endsWith('.wasm')) return;
    seen.push({ url, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
  });
  return seen;
}

async function openLab(page: Page): Promise<Locator> {
  await page.goto(MODULE_URL);
  const lab = page.locator('[data-gradient-tape-lab]');
  await lab.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return lab;
}

async function start(lab: Locator): Promise<void> {
  await lab.getByRole('button', { name: 'Start' }).click();
  await expect(lab).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  await expect(lab.locator('[data-part="status"]')).toContainText('next: Forward pass + loss');
}

/** The listing lines currently marked as running. */
const currentLines = (lab: Locator) => lab.locator('[data-line][aria-current="step"]');

/** Norms in a variables table as numbers, in row order, with their variable names. */
async function norms(lab: Locator, table: 'gradients' | 'updates'): Promise<{ name: string; norm: number }[]> {
  const rows = lab.locator(`[data-part="${table}"] tr`);
  await expect(rows).toHaveCount(VARIABLES.length);
  return rows.evaluateAll((trs) => trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!.trim(), norm: Number(tr.querySelector<HTMLElement>('[data-norm]')!.dataset.norm) })));
}

test('steps through train_step phase by phase, then 50 steps lower the loss', { tag: '@island' }, async ({ page }) => {
  const csp = await watchCsp(page); // TensorFlow.js, its wasm and the chart must stay inside the site's CSP
  const scripts = watchScripts(page);
  const lab = await openLab(page);
  // TensorFlow.js keeps its engine in globalThis._tfengine from the moment it is imported.
  const tfLoaded = () => page.evaluate(() => '_tfengine' in globalThis);
  expect(await tfLoaded(), 'TensorFlow.js is not loaded before Start').toBe(false);
  const before = scripts.splice(0);
  expect(before.filter((s) => s.url.endsWith('.wasm'))).toEqual([]);
  const jsBefore = before.reduce((n, s) => n + s.bytes, 0);
  expect(jsBefore, `JavaScript before Start: ${before.map((s) => `${s.url} ${s.bytes}`).join(', ')}`).toBeLessThan(20_000);
  await expect(currentLines(lab)).toHaveCount(0);
  const idle = await new AxeBuilder({ page }).include('[data-gradient-tape-lab]').analyze();
  expect(idle.violations.map((v) => `before Start ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await start(lab);
  expect(await tfLoaded(), 'Start loads TensorFlow.js').toBe(true);
  expect(scripts.reduce((n, s) => n + s.bytes, 0), 'Start loads the lab\'s code').toBeGreaterThan(100_000);

  await test.step('forward pass + loss highlights the tape block and gives a loss', async () => {
    await lab.getByRole('button', { name: 'Forward pass + loss' }).click();
    await expect(currentLines(lab)).toHaveCount(3);
    await expect(currentLines(lab).first()).toContainText('with tf.GradientTape() as tape:');
    await expect(lab.locator('[data-part="now"]')).toContainText(/Now: lines 3–5, with tf\.GradientTape\(\) as tape:/);
    const loss = Number(await lab.locator('[data-part="loss"]').getAttribute('data-value'));
    expect(loss).toBeGreaterThan(0.5); // an untrained 10-class model: about ln 10 = 2.3
    expect(loss).toBeLessThan(10);
    await expect(lab.locator('[data-part="batch"] canvas')).toHaveCount(12);
  });

  await test.step('out of order is refused with the next phase named', async () => {
    // aria-disabled, not disabled: it keeps focus and explains itself when pressed.
    const apply = lab.getByRole('button', { name: 'Apply update' });
    await expect(apply).toHaveAttribute('aria-disabled', 'true');
    await apply.click({ force: true });
    await expect(lab.locator('[data-part="status"]')).toContainText('Not yet: train_step runs “Compute gradients” next.');
  });

  await test.step('compute gradients highlights tape.gradient and fills one finite norm per variable', async () => {
    await lab.getByRole('button', { name: 'Compute gradients' }).click();
    await expect(currentLines(lab)).toHaveCount(1);
    await expect(currentLines(lab)).toContainText('grads = tape.gradient(loss, model.trainable_variables)');
    await expect(lab.locator('[data-part="now"]')).toContainText('Now: line 8, grads = tape.gradient(loss, model.trainable_variables).');
    const rows = await norms(lab, 'gradients');
    expect(rows.map((r) => r.name)).toEqual(VARIABLES);
    for (const { name, norm } of rows) expect(Number.isFinite(norm) && norm > 0, `${name}: ${norm}`).toBe(true);
  });

  await test.step('apply update highlights apply_gradients and the metrics, and moves every variable', async () => {
    await lab.getByRole('button', { name: 'Apply update' }).click();
    await expect(currentLines(lab).first()).toContainText('optimizer.apply_gradients(');
    await expect(currentLines(lab).last()).toContainText('train_acc.update_state(y, logits)');
    const rows = await norms(lab, 'updates');
    for (const { name, norm } of rows) expect(Number.isFinite(norm) && norm > 0, `${name}: ${norm}`).toBe(true);
    await expect(lab.locator('[data-part="lr-used"]')).toHaveText('0.001');
    await expect(lab.locator('[data-part="steps-done"]')).toHaveText('1');
  });

  await test.step('run 50 steps: the progress bar fills and the loss falls', async () => {
    await lab.getByRole('button', { name: 'Run 50 steps' }).click();
    await expect(lab.locator('[data-part="steps-done"]')).toHaveText('51', { timeout: 240_000 });
    await expect(lab).toHaveAttribute('data-state', 'ready');
    await expect(lab.locator('[data-part="run-progress"]')).toHaveJSProperty('value', 50);
    const first = Number(await lab.getAttribute('data-first-loss'));
    const last = Number(await lab.getAttribute('data-last-loss'));
    expect(last, `loss ${first} at step 1, ${last} at step 51`).toBeLessThan(first * 0.8);
    await expect(lab.locator('[data-part="chart"]')).toHaveAttribute('data-points', '51');
    await expect(lab.locator('[data-part="now"]')).toContainText('Done: 50 steps');
  });

  await test.step('axe finds nothing in the lab after a run, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      const { violations } = await new AxeBuilder({ page }).include('[data-gradient-tape-lab]').analyze();
      expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  await test.step('a learning rate of 0 is refused beside its field, and Reset keeps the old run', async () => {
    await lab.getByLabel('Learning rate (Adam)').fill('0');
    await lab.getByRole('button', { name: 'Reset' }).click();
    await expect(lab.locator('#gt-lr-error')).toBeVisible();
    await expect(lab.locator('#gt-lr-error')).toContainText('above 0');
    await expect(lab.getByLabel('Learning rate (Adam)')).toHaveAttribute('aria-invalid', 'true');
    await expect(lab.locator('[data-part="steps-done"]')).toHaveText('51');
    await lab.getByLabel('Learning rate (Adam)').fill('0.01');
    await lab.getByRole('button', { name: 'Reset' }).click();
    await expect(lab.locator('[data-part="steps-done"]')).toHaveText('0');
    await expect(lab.locator('#gt-lr-error')).toBeHidden();
    await lab.getByRole('button', { name: 'One full step' }).click();
    await expect(lab.locator('[data-part="lr-used"]')).toHaveText('0.01');
  });
  expect(csp.violations(), 'Content-Security-Policy violations').toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('no sideways scroll before Start or after a step; a step button starts the lab by itself', { tag: '@island' }, async ({ page }) => {
    const lab = await openLab(page);
    await expectNoSidewaysScroll(page, 'before Start');
    await lab.getByRole('button', { name: 'One full step' }).click();
    await expect(lab.locator('[data-part="steps-done"]')).toHaveText('1', { timeout: 120_000 });
    await expect(lab.getByRole('button', { name: 'Start' })).toBeHidden();
    await expectNoSidewaysScroll(page, 'after one step');
  });
});
