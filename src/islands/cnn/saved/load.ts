/**
 * The learner's module-4 CNN as another island finds it: loaded from this browser's IndexedDB
 * (where module 4 saves it, MODEL_URL) and checked to be module 4's architecture, so an island
 * built on it (transfer learning, quantization) can say plainly why it cannot start.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { MODEL_URL } from '../engine/spec';
import { readSavedMarker } from '../ui/saved-marker';

/** The saved CNN, when it was saved (ISO 8601) and its test accuracy (0-1) if module 4 measured it. */
export interface SavedCnn { model: tfl.LayersModel; savedAt: string; testAccuracy?: number }

/** Why there is no usable saved CNN: none saved here, or what is saved does not load or is not module 4's CNN. */
export class SavedCnnError extends Error {
  constructor(readonly reason: 'none' | 'corrupted', message: string) {
    super(message);
    this.name = 'SavedCnnError';
  }
}

const sameShape = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Throws SavedCnnError('corrupted') unless `model` maps [n, 28, 28, 1] images to 10 probabilities. */
export function checkCnnArchitecture(model: tfl.LayersModel): void {
  const input = model.inputs[0]?.shape ?? [];
  const output = model.outputs[0]?.shape ?? [];
  if (model.inputs.length !== 1 || !sameShape(input, [null, 28, 28, 1]) || model.outputs.length !== 1 || !sameShape(output, [null, 10])) {
    throw new SavedCnnError('corrupted', `The saved model is not module 4's CNN: it takes ${JSON.stringify(input)} and gives ${JSON.stringify(output)}, not 28 x 28 x 1 images to 10 digit probabilities. Train and save the CNN again in module 4, or train one here.`);
  }
}

/**
 * Loads the CNN module 4 saved in this browser. Call it once TensorFlow.js has a backend (page
 * or worker). Throws SavedCnnError: 'none' when nothing is saved, 'corrupted' when the saved
 * files do not load (e.g. a damaged IndexedDB entry) or hold another architecture.
 */
export async function loadSavedCnn(): Promise<SavedCnn> {
  const info = (await tf.io.listModels())[MODEL_URL];
  if (!info) throw new SavedCnnError('none', 'No CNN from module 4 is saved in this browser yet. Train one here (about a minute), or train and save it in module 4.');
  let model: tfl.LayersModel;
  try {
    model = await tfl.loadLayersModel(MODEL_URL);
  } catch (error) {
    throw new SavedCnnError('corrupted', `The CNN saved in this browser could not be read (${(error as Error).message}). Train one here, or train and save it again in module 4.`);
  }
  try {
    checkCnnArchitecture(model);
  } catch (error) {
    model.dispose();
    throw error;
  }
  // The marker (localStorage, page only) records module 4's test accuracy for this save.
  const marker = typeof localStorage === 'undefined' ? null : readSavedMarker(localStorage);
  const savedAt = new Date(info.dateSaved).toISOString();
  const testAccuracy = marker?.savedAt === savedAt && typeof marker.testAccuracy === 'number' ? marker.testAccuracy : undefined;
  return { model, savedAt, ...(testAccuracy === undefined ? {} : { testAccuracy }) };
}
