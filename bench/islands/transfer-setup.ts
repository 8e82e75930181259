/**
 * What module 8's default run starts from, set up in the bench's browser: a module-4 CNN saved
 * where module 4 saves it (an untrained copy, as tests/e2e/support/saved-cnn.ts makes; that
 * helper is not importable under node's type stripping, its imports have no extensions), and
 * 8 drawings each of a circle, a cross and a vertical bar drawn with the mouse on the lab's pad.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { expect, type Locator, type Page } from '@playwright/test';
import { buildCnn } from '../../src/islands/cnn/model/build.ts';
import { SAVED_MARKER_KEY } from '../../src/islands/cnn/ui/saved-marker.ts';

/** MODEL_URL of src/islands/cnn/engine/spec.ts without its 'indexeddb://' scheme. */
const MODEL_PATH = 'tfk-cnn-mnist';

/** Saves an untrained module-4 CNN in the page's IndexedDB, with module 4's marker. */
export async function seedCnn(page: Page): Promise<void> {
  await tf.setBackend('cpu');
  const model = buildCnn(0);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (a) => { artifacts = a; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  model.dispose();
  const a = artifacts as unknown as tf.io.ModelArtifacts;
  const weights = Array.from(new Uint8Array(tf.io.CompositeArrayBuffer.join(a.weightData!)));
  await page.evaluate(async ({ path, topology, specs, weights, key }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tensorflowjs', 1);
      open.onupgradeneeded = () => { open.result.createObjectStore('models_store', { keyPath: 'modelPath' }); open.result.createObjectStore('model_info_store', { keyPath: 'modelPath' }); };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const weightData = new Uint8Array(weights).buffer;
    const savedAt = new Date();
    const tx = db.transaction(['models_store', 'model_info_store'], 'readwrite');
    tx.objectStore('models_store').put({ modelPath: path, modelArtifacts: { modelTopology: topology, weightSpecs: specs, weightData, format: 'layers-model' } });
    tx.objectStore('model_info_store').put({ modelPath: path, modelArtifactsInfo: { dateSaved: savedAt, modelTopologyType: 'JSON', weightDataBytes: weightData.byteLength } });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
    localStorage.setItem(key, JSON.stringify({ savedAt: savedAt.toISOString() }));
  }, { path: MODEL_PATH, topology: a.modelTopology as object, specs: a.weightSpecs!, weights, key: SAVED_MARKER_KEY });
}

/** Strokes in pad fractions: a ring, an X, a vertical bar; `k` varies size and place a little. */
function strokes(symbol: number, k: number): [number, number][][] {
  const r = 0.28 + 0.03 * (k % 3), cx = 0.5 + 0.04 * ((k % 4) - 1.5), cy = 0.5 - 0.03 * ((k % 3) - 1);
  if (symbol === 0) return [Array.from({ length: 25 }, (_, i) => [cx + r * Math.cos((i / 24) * 2 * Math.PI), cy + r * Math.sin((i / 24) * 2 * Math.PI)])];
  if (symbol === 1) return [[[cx - r, cy - r], [cx + r, cy + r]], [[cx + r, cy - r], [cx - r, cy + r]]];
  return [[[cx, cy - r - 0.05], [cx, cy + r + 0.05]]];
}

/** Draws `perSymbol` drawings of each of the 3 symbols with the mouse and adds each to its symbol. */
export async function drawSymbols(island: Locator, perSymbol: number): Promise<void> {
  const page = island.page();
  const pad = island.locator('[data-part="pad"]');
  for (const symbol of [0, 1, 2]) {
    for (let k = 0; k < perSymbol; k++) {
      await pad.scrollIntoViewIfNeeded();
      const box = (await pad.boundingBox())!;
      for (const line of strokes(symbol, k)) {
        await page.mouse.move(box.x + line[0]![0] * box.width, box.y + line[0]![1] * box.height);
        await page.mouse.down();
        for (const [x, y] of line.slice(1)) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 4 });
        await page.mouse.up();
      }
      await island.locator(`[data-part="targets"] input[value="${symbol}"]`).check();
      await island.getByRole('button', { name: 'Add drawing' }).click();
      await expect(island.locator(`[data-class="${symbol}"]`)).toHaveAttribute('data-count', String(k + 1));
    }
  }
}
