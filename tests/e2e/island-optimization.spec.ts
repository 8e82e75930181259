/**
 * Module 23's quantization lab end to end in headless Chromium against the built site. With an
 * (untrained) CNN seeded where module 4 saves it: nothing of TensorFlow.js before Start; the table's
 * exact byte sizes (float16 = half of float32 for the kernels, int8 = a quarter plus scales), finite
 * accuracies with the quantized ones within a few points of float32; the downloads carry the
 * manifest's `quantization` entries and the right .bin sizes and reload with the stock
 * tf.loadLayersModel in Node; the histogram; axe after the run in both themes. Bad input: nothing
 * saved, or a damaged save (garbage weights in the IndexedDB entry), gets a readable message and
 * leaves the entry in place; with nothing saved the quick training on the spot gives a real CNN
 * whose quantized variants stay within a point of float32. And no sideways scroll at 360 px.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { expect, test, type Locator, type Page } from './support/test';
import { watchCsp } from './support/csp';
import { PHONE, expectNoSidewaysScroll } from './support/phone';
import { seedSavedCnn } from './support/saved-cnn';
import { tfLoaded } from './support/tf';

const MODULE_URL = '/modules/optimization/';
const RECORD = { trainingSeconds: 42, epochs: 1, backend: 'wasm' };
// The seed CNN: 93,088 kernel values in 5 kernels (234 output channels), 234 biases.
const KERNELS = 93_088, BIASES = 234, CHANNELS = 234;

test.setTimeout(300_000);

async function openLab(page: Page, seed: boolean): Promise<Locator> {
  await page.goto(MODULE_URL);
  if (seed) {
    await seedSavedCnn(page, RECORD);
    await page.reload();
  }
  const lab = page.locator('[data-quantize-lab]');
  await lab.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return lab;
}


/** The table's rows as { variant: { bytes, accuracy, ms } }, once all four are there. */
async function tableRows(lab: Locator, timeout = 280_000): Promise<Record<string, { bytes: number; scaleBytes: number; accuracy: number; ms: number }>> {
  const rows = lab.locator('[data-part="results"] tr');
  await expect(rows).toHaveCount(4, { timeout });
  const list = await rows.evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
  return Object.fromEntries(list.map((d) => [d.variant!, { bytes: Number(d.bytes), scaleBytes: Number(d.scaleBytes), accuracy: Number(d.accuracy), ms: Number(d.ms) }]));
}

test('a saved CNN stored four ways: exact sizes, accuracies, downloads that reload, histogram', { tag: '@island' }, async ({ page }) => {
  const csp = await watchCsp(page);
  const wasm: string[] = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url()); });
  const lab = await openLab(page, true);
  await expect(lab.locator('[data-part="saved-line"]')).toContainText("Module 4's CNN is saved in this browser");
  expect(await tfLoaded(page), 'TensorFlow.js is not loaded before Start').toBe(false);
  expect(page.workers(), 'no worker before Start').toHaveLength(0);
  expect(wasm, 'no wasm before Start').toEqual([]);
  const idle = await new AxeBuilder({ page }).include('[data-quantize-lab]').analyze();
  expect(idle.violations.map((v) => `before Start ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await lab.getByRole('button', { name: 'Start: quantize my CNN' }).click();
  const rows = await tableRows(lab);
  expect(await tfLoaded(page), "TensorFlow.js loaded in the lab's worker").toBe(true);
  expect(Object.keys(rows)).toEqual(['float32', 'float16', 'int8-tensor', 'int8-channel']);

  await test.step('sizes: float16 halves the kernels, int8 quarters them plus 5 bytes per scale', async () => {
    expect(rows.float32!.bytes).toBe(4 * (KERNELS + BIASES));
    expect(rows.float16!.bytes - 4 * BIASES).toBe((rows.float32!.bytes - 4 * BIASES) / 2);
    expect(rows['int8-tensor']!).toMatchObject({ bytes: KERNELS + 5 * 5 + 4 * BIASES, scaleBytes: 25 });
    expect(rows['int8-channel']!).toMatchObject({ bytes: KERNELS + 5 * CHANNELS + 4 * BIASES, scaleBytes: 5 * CHANNELS });
  });

  await test.step('accuracies are finite and the quantized ones close to float32 (untrained: about 10%)', async () => {
    for (const [variant, row] of Object.entries(rows)) {
      expect(row.accuracy, variant).toBeGreaterThanOrEqual(0);
      expect(row.accuracy, variant).toBeLessThanOrEqual(1);
      expect(Math.abs(row.accuracy - rows.float32!.accuracy), variant).toBeLessThan(0.05);
      expect(row.ms > 0 && Number.isFinite(row.ms), `${variant} time`).toBe(true);
    }
  });

  await test.step('the downloads: quantization entries, .bin sizes, and they reload with tf.loadLayersModel', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qz-e2e-'));
    for (const link of await lab.locator('[data-part="downloads"] a').all()) {
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      await download.saveAs(join(dir, download.suggestedFilename()));
    }
    const manifest = (name: string) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { weightsManifest: tf.io.WeightsManifestConfig }).weightsManifest[0]!;
    const kernels = (name: string) => manifest(name).weights.filter((w) => w.name.endsWith('/kernel'));
    expect(kernels('cnn-float16.json').map((w) => w.quantization)).toEqual(new Array(5).fill({ dtype: 'float16' }));
    for (const w of kernels('cnn-int8.json')) expect(w.quantization).toEqual({ dtype: 'uint8', scale: expect.any(Number), min: expect.any(Number) });
    expect(manifest('cnn-int8.json').paths).toEqual(['./cnn-int8.weights.bin']);
    expect(readFileSync(join(dir, 'cnn-float16.weights.bin')).byteLength).toBe(2 * KERNELS + 4 * BIASES);
    expect(readFileSync(join(dir, 'cnn-int8.weights.bin')).byteLength).toBe(KERNELS + 4 * BIASES);

    await tf.setBackend('cpu');
    const fetchFunc = (async (url: string) => new Response(readFileSync(join(dir, new URL(url).pathname.slice(1))))) as unknown as typeof fetch;
    const load = (name: string) => tfl.loadLayersModel(tf.io.http(`http://files/${name}`, { fetchFunc }));
    const [f32, f16, int8] = await Promise.all(['cnn-float32.json', 'cnn-float16.json', 'cnn-int8.json'].map(load));
    const x = tf.randomUniform([8, 28, 28, 1], 0, 1, 'float32', 1);
    const [a, b, c] = [f32!, f16!, int8!].map((m) => (m.predict(x) as tf.Tensor).dataSync());
    const gap = (u: ArrayLike<number>, v: ArrayLike<number>) => Math.max(...Array.from(u, (n, i) => Math.abs(n - v[i]!)));
    expect(gap(a!, b!)).toBeLessThan(1e-3);
    expect(gap(a!, c!)).toBeLessThan(2e-2);
  });

  await test.step('the histogram: a layer and a variant to compare, int8 has at most 256 values', async () => {
    await lab.getByLabel('Layer (kernel)').selectOption('dense/kernel');
    await lab.getByLabel('Compare float32 with').selectOption('int8-tensor');
    const summary = lab.locator('[data-part="hist-summary"]');
    await expect(summary).toContainText('36,864 weights');
    const distinct = (await summary.textContent())!.match(/, ([\d,]+) in int8, per tensor/)![1]!;
    expect(Number(distinct.replace(/,/g, ''))).toBeLessThanOrEqual(256);
    expect(await lab.locator('[data-part="hist-before"]').evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(100);
  });

  await test.step('axe finds nothing in the lab after a run, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
      const { violations } = await new AxeBuilder({ page }).include('[data-quantize-lab]').analyze();
      expect(violations.map((v) => `${theme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
  expect(csp.violations(), 'Content-Security-Policy violations').toEqual([]);
});

test('a damaged save: a readable message, the quick-training offer, and the entry left in place', { tag: '@island' }, async ({ page }) => {
  const lab = await openLab(page, true);
  // Garbage where the weights were: 100 bytes of 0xAB instead of 373,288.
  const damage = () => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('tensorflowjs', 1);
    open.onsuccess = () => {
      const store = open.result.transaction('models_store', 'readwrite').objectStore('models_store');
      const get = store.get('tfk-cnn-mnist');
      get.onsuccess = () => {
        const entry = get.result;
        entry.modelArtifacts.weightData = new Uint8Array(100).fill(0xab).buffer;
        store.put(entry).onsuccess = () => resolve(entry.modelArtifacts.weightData.byteLength);
      };
      get.onerror = () => reject(get.error);
    };
    open.onerror = () => reject(open.error);
  });
  expect(await page.evaluate(damage)).toBe(100);
  await lab.getByRole('button', { name: 'Start: quantize my CNN' }).click();
  await expect(lab.locator('[data-part="alert"]')).toContainText('could not be read', { timeout: 120_000 });
  await expect(lab.getByRole('button', { name: /Train a quick CNN here/ })).toBeVisible();
  await expect(lab).toHaveAttribute('data-saved', 'corrupted');
  const still = await page.evaluate(() => new Promise<number>((resolve) => {
    indexedDB.open('tensorflowjs', 1).onsuccess = function () {
      const get = this.result.transaction('models_store').objectStore('models_store').get('tfk-cnn-mnist');
      get.onsuccess = () => resolve(get.result?.modelArtifacts.weightData.byteLength ?? -1);
    };
  }));
  expect(still, 'the damaged entry is still there, untouched').toBe(100);
  await expect(lab.locator('[data-part="results-area"]')).toBeHidden();
});

test('nothing saved: the lab says so, then trains a quick CNN here and quantizes it', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(600_000);
  const lab = await openLab(page, false);
  await expect(lab.locator('[data-part="saved-line"]')).toContainText('No CNN from module 4 is saved');
  await lab.getByRole('button', { name: 'Start: quantize my CNN' }).click();
  await expect(lab.locator('[data-part="alert"]')).toContainText('No CNN from module 4 is saved in this browser yet', { timeout: 120_000 });
  await expect(lab).toHaveAttribute('data-saved', 'none');
  await lab.getByRole('button', { name: /Train a quick CNN here/ }).click();
  const rows = await tableRows(lab, 560_000);
  expect(rows.float32!.accuracy, 'a trained CNN, well above chance').toBeGreaterThan(0.8);
  for (const variant of ['float16', 'int8-tensor', 'int8-channel']) expect(Math.abs(rows[variant]!.accuracy - rows.float32!.accuracy), variant).toBeLessThan(0.01);
  console.log(`quantize after a quick training: ${JSON.stringify(rows)}`);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('no sideways scroll before Start or with the results shown', { tag: '@island' }, async ({ page }) => {
    const lab = await openLab(page, true);
    await expectNoSidewaysScroll(page, 'before Start');
    await lab.getByRole('button', { name: 'Start: quantize my CNN' }).click();
    await tableRows(lab);
    await expectNoSidewaysScroll(page, 'after a run');
  });
});
