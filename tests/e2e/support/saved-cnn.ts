/**
 * Puts an untrained copy of module 4's CNN into this browser's IndexedDB exactly where the CNN
 * trainer saves it (TensorFlow.js's 'tensorflowjs' database, indexeddb://tfk-cnn-mnist), with the
 * trainer's localStorage marker, so a test can compare against a saved CNN without training one.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { Page } from '@playwright/test';
import { buildCnn } from '../../../src/islands/cnn/model/build';
import { MODEL_URL } from '../../../src/islands/cnn/engine/spec';
import { SAVED_MARKER_KEY } from '../../../src/islands/cnn/ui/saved-marker';

/** How the fake save says it was trained (the marker's record). */
export interface SavedRecord { trainingSeconds: number; epochs: number; backend: string }

export async function seedSavedCnn(page: Page, record: SavedRecord): Promise<void> {
  await tf.setBackend('cpu');
  const model = buildCnn(0);
  let artifacts: tf.io.ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (a) => { artifacts = a; return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } }; }));
  model.dispose();
  const a = artifacts as unknown as tf.io.ModelArtifacts;
  const weights = Array.from(new Uint8Array(tf.io.CompositeArrayBuffer.join(a.weightData!)));
  const savedAt = new Date().toISOString();
  const marker = JSON.stringify({ savedAt, record: { ...record, batchSize: 64, paramCount: 93_322 } });
  await page.evaluate(async ({ url, topology, specs, weights, savedAt, key, marker }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tensorflowjs', 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('models_store', { keyPath: 'modelPath' });
        open.result.createObjectStore('model_info_store', { keyPath: 'modelPath' });
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const weightData = new Uint8Array(weights).buffer;
    const tx = db.transaction(['models_store', 'model_info_store'], 'readwrite');
    tx.objectStore('models_store').put({ modelPath: url, modelArtifacts: { modelTopology: topology, weightSpecs: specs, weightData, format: 'layers-model' } });
    tx.objectStore('model_info_store').put({ modelPath: url, modelArtifactsInfo: { dateSaved: new Date(savedAt), modelTopologyType: 'JSON', weightDataBytes: weightData.byteLength } });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
    localStorage.setItem(key, marker);
  }, { url: MODEL_URL.replace('indexeddb://', ''), topology: a.modelTopology as object, specs: a.weightSpecs!, weights, savedAt, key: SAVED_MARKER_KEY, marker });
}
