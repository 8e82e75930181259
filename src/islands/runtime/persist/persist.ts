/** Saving to IndexedDB (survives a reload) and exporting in TensorFlow.js format for download. */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { ModelArtifacts, Replies } from '../protocol';

export const MODEL_URL = 'indexeddb://tfk-cnn-mnist';

export async function save(model: tfl.LayersModel): Promise<Replies['save']> {
  const result = await model.save(MODEL_URL);
  return { savedAt: (result.modelArtifactsInfo.dateSaved ?? new Date()).toISOString() };
}

/** Null when nothing was saved in this browser. */
export async function load(): Promise<{ model: tfl.LayersModel; savedAt: string } | null> {
  const saved = (await tf.io.listModels())[MODEL_URL];
  if (!saved) return null;
  const model = await tfl.loadLayersModel(MODEL_URL);
  return { model, savedAt: new Date(saved.dateSaved).toISOString() };
}

export async function exportArtifacts(model: tfl.LayersModel): Promise<ModelArtifacts> {
  let out: ModelArtifacts | null = null;
  await model.save(tf.io.withSaveHandler(async (artifacts) => {
    if (!artifacts.weightData || !artifacts.weightSpecs) throw new Error('The model has no weights to export.');
    const weights = tf.io.CompositeArrayBuffer.join(artifacts.weightData);
    const manifest = [{ paths: ['./weights.bin'], weights: artifacts.weightSpecs }];
    const json = { modelTopology: artifacts.modelTopology, format: artifacts.format ?? 'layers-model', generatedBy: artifacts.generatedBy, convertedBy: artifacts.convertedBy ?? null, weightsManifest: manifest };
    out = { modelJson: JSON.stringify(json), weights };
    return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: weights.byteLength } };
  }));
  if (!out) throw new Error('Export produced nothing.');
  return out;
}
