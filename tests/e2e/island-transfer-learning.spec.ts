/**
 * Module 8's transfer-learning lab end to end in headless Chromium against the built site: with
 * a module-4 CNN saved in this browser (an untrained copy: its random conv features are enough
 * for symbols as different as these), nothing of TensorFlow.js loads before Start; bad input
 * (no drawings, one symbol only, a duplicate name) gets a message beside its control; symbols
 * drawn with real mouse strokes on the pad train a new head whose held-out accuracy beats chance,
 * with Keras's parameter counts for both phases; the pad then shows live predictions; axe is
 * clean after the run; a reload keeps every drawing; no CNN or a damaged one is said plainly;
 * a keyboard alone can draw on the pad; no sideways scroll at 360 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { watchCsp } from './support/csp';
import { PHONE, expectNoSidewaysScroll } from './support/phone';
import { seedSavedCnn } from './support/saved-cnn';
import { addDrawing, draw, strokes } from './support/symbols';
import { tfLoaded } from './support/tf';

const MODULE_URL = '/modules/transfer-learning/';
const PER_SYMBOL = 6;

test.setTimeout(300_000);


async function openWithSavedCnn(page: Page): Promise<Locator> {
  await page.goto(MODULE_URL);
  await seedSavedCnn(page, { trainingSeconds: 40, epochs: 1, backend: 'wasm' });
  await page.reload();
  const lab = page.locator('[data-transfer-lab]');
  await lab.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return lab;
}

async function start(lab: Locator): Promise<void> {
  await lab.getByRole('button', { name: 'Start: load my CNN and the drawing pad' }).click();
  await expect(lab.locator('[data-part="workspace"]')).toBeVisible({ timeout: 120_000 });
}

test('draw three symbols, train a head on the saved CNN, fine-tune, predict, reload', { tag: '@island' }, async ({ page }) => {
  // 18 drawings with real mouse strokes, training, a reload: minutes on 2 busy cores.
  test.setTimeout(600_000);
  const csp = await watchCsp(page);
  const tfRequests: string[] = [];
  page.on('request', (r) => { if (/tfjs|\.wasm$/.test(r.url())) tfRequests.push(r.url()); });
  const lab = await openWithSavedCnn(page);
  expect(await tfLoaded(page), 'TensorFlow.js is not loaded before Start').toBe(false);
  expect(tfRequests, 'no TensorFlow.js request before Start').toEqual([]);
  expect(page.workers(), 'no worker before Start').toHaveLength(0);

  await start(lab);
  expect(await tfLoaded(page), 'TensorFlow.js loaded in the lab\'s worker').toBe(true);
  expect(await page.evaluate(() => '_tfengine' in globalThis), 'and not on the page').toBe(false);
  await expect(lab.locator('[data-part="base-status"]')).toContainText('Base: your module-4 CNN, saved');
  const train = lab.getByRole('button', { name: 'Train on my drawings' });

  await test.step('bad input: no drawings, one symbol only, a duplicate name', async () => {
    await train.click();
    await expect(lab.locator('[data-part="drawings-error"]')).toContainText('No drawings yet');
    await addDrawing(lab, 0, 0);
    await lab.getByRole('button', { name: 'Delete circle drawing 1' }).click();
    await expect(lab.locator('[data-class="0"]')).toHaveAttribute('data-count', '0');
    await addDrawing(lab, 0, 0);
    await train.click();
    await expect(lab.locator('[data-part="drawings-error"]')).toContainText('Only “circle” has drawings');
    await lab.getByLabel('Symbol 3').fill('Circle');
    await train.click();
    await expect(lab.locator('#tl-name-2-error')).toHaveText('“Circle” is already symbol 1: each symbol needs its own name.');
    await expect(lab.getByLabel('Symbol 3')).toHaveAttribute('aria-invalid', 'true');
    await lab.getByLabel('Symbol 3').fill('line');
    await expect(lab.locator('[data-part="accuracy-head"]')).toHaveText('—');
  });

  await test.step(`draw each symbol ${PER_SYMBOL} times with the mouse`, async () => {
    for (let k = 1; k < PER_SYMBOL; k++) await addDrawing(lab, 0, k);
    for (const symbol of [1, 2]) for (let k = 0; k < PER_SYMBOL; k++) await addDrawing(lab, symbol, k);
    // Every 4th drawing of each symbol is held out: 1 of 6.
    await expect(lab.locator('[data-drawing].held')).toHaveCount(3);
  });

  await test.step('train: held-out accuracy above chance, Keras parameter counts for both phases', async () => {
    await train.click();
    await expect(lab.locator('[data-part="accuracy-fine"]')).toHaveAttribute('data-accuracy', /\d/, { timeout: 280_000 });
    const head = Number(await lab.locator('[data-part="accuracy-head"]').getAttribute('data-accuracy'));
    const fine = Number(await lab.locator('[data-part="accuracy-fine"]').getAttribute('data-accuracy'));
    expect(head, 'head alone beats chance (1/3)').toBeGreaterThan(1 / 3);
    expect(fine, 'after fine-tuning beats chance (1/3)').toBeGreaterThan(1 / 3);
    // Keras: conv 320 + 18,496 + 36,928 = 55,744 in the base; head 576x64+64 + 64x3+3 = 37,123.
    const phase = (name: string) => lab.locator(`[data-summary="${name}"]`);
    await expect(phase('head').locator('[data-total]')).toHaveAttribute('data-total', '92867');
    await expect(phase('head').locator('[data-trainable]')).toHaveAttribute('data-trainable', '37123');
    await expect(phase('head').locator('[data-non-trainable]')).toHaveAttribute('data-non-trainable', '55744');
    await expect(phase('fine-tune').locator('[data-trainable]')).toHaveAttribute('data-trainable', '74051');
    await expect(phase('fine-tune').locator('[data-non-trainable]')).toHaveAttribute('data-non-trainable', '18816');
    await expect(lab.locator('[data-part="loss-chart"] canvas')).toHaveCount(1);
    await expect(lab.locator('[data-part="status"]')).toContainText('in a worker');
    console.log(`transfer default run: ${await lab.getAttribute('data-seconds')} s, longest task ${await lab.getAttribute('data-longest-task')} ms, held-out accuracy head ${head}, fine-tuned ${fine}, backend ${await lab.getAttribute('data-backend')}`);
  });

  await test.step('live predictions for a drawing on the pad', async () => {
    await draw(lab, strokes(2, 5));
    const items = lab.locator('[data-part="predictions"] li[data-probability]');
    await expect(items).toHaveCount(3);
    const total = (await items.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-probability'))))).reduce((a, b) => a + b);
    expect(total).toBeCloseTo(1, 3);
    await expect(lab.locator('[data-part="guess"]')).toContainText('Best guess:');
  });

  await test.step('axe finds nothing in the lab after a run, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      const { violations } = await new AxeBuilder({ page }).include('[data-transfer-lab]').analyze();
      expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  await test.step('a reload keeps every drawing and name', async () => {
    await page.reload();
    await start(lab);
    for (const symbol of [0, 1, 2]) await expect(lab.locator(`[data-class="${symbol}"]`)).toHaveAttribute('data-count', String(PER_SYMBOL));
    await expect(lab.getByLabel('Symbol 3')).toHaveValue('line');
  });
  expect(csp.violations(), 'Content-Security-Policy violations').toEqual([]);
});

test('no saved CNN, or a damaged one: said plainly, with the quick run offered', { tag: '@island' }, async ({ page }) => {
  await page.goto(MODULE_URL);
  const lab = page.locator('[data-transfer-lab]');
  await start(lab);
  await expect(lab.locator('[data-part="base-status"]')).toContainText('No CNN from module 4 is saved in this browser yet');
  await expect(lab.getByRole('button', { name: 'Train a CNN here (about a minute)' })).toBeVisible();
  await lab.getByRole('button', { name: 'Train on my drawings' }).click();
  await expect(lab.locator('[data-part="status"]')).toContainText('There is no CNN to build on yet');

  // A damaged save: listed in TensorFlow.js's IndexedDB, but its model record is gone.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tensorflowjs', 1);
      open.onupgradeneeded = () => { open.result.createObjectStore('models_store', { keyPath: 'modelPath' }); open.result.createObjectStore('model_info_store', { keyPath: 'modelPath' }); };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['models_store', 'model_info_store'], 'readwrite');
    tx.objectStore('model_info_store').put({ modelPath: 'tfk-cnn-mnist', modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } });
    tx.objectStore('models_store').put({ modelPath: 'tfk-cnn-mnist', modelArtifacts: { modelTopology: { nonsense: true }, format: 'layers-model' } });
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  });
  await page.reload();
  await start(lab);
  await expect(lab.locator('[data-part="base-status"]')).toContainText('could not be read');
  await expect(lab.getByRole('button', { name: 'Train a CNN here (about a minute)' })).toBeVisible();
});

test('a keyboard alone can draw a symbol and add it', { tag: '@island' }, async ({ page }) => {
  await page.goto(MODULE_URL);
  const lab = page.locator('[data-transfer-lab]');
  await start(lab);
  const pad = lab.locator('[data-part="pad"]');
  await pad.focus();
  await expect(pad).toHaveAttribute('aria-label', /arrow keys move the pen/);
  // A vertical bar: pen down, twelve long steps down, pen up.
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Space');
  await lab.locator('[data-part="targets"] input[value="2"]').check();
  await lab.getByRole('button', { name: 'Add drawing' }).click();
  await expect(lab.locator('[data-class="2"]')).toHaveAttribute('data-count', '1');
  await expect(lab.locator('[data-part="add-error"]')).toBeHidden();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('no sideways scroll before Start, with drawings, and after a short run', { tag: '@island' }, async ({ page }) => {
    const lab = await openWithSavedCnn(page);
    await expectNoSidewaysScroll(page, 'before Start');
    await start(lab);
    for (const symbol of [0, 1, 2]) for (let k = 0; k < 2; k++) await addDrawing(lab, symbol, k);
    await expectNoSidewaysScroll(page, 'with drawings');
    await lab.getByLabel('Epochs for the new head (base frozen)').fill('2');
    await lab.getByLabel('Then fine-tune the top conv block').uncheck();
    await lab.getByRole('button', { name: 'Train on my drawings' }).click();
    await expect(lab.locator('[data-part="accuracy-head"]')).toHaveAttribute('data-accuracy', /\d/, { timeout: 280_000 });
    await expectNoSidewaysScroll(page, 'after a run');
  });
});
