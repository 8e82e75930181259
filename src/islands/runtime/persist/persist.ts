/**
 * Saving a LayersModel to IndexedDB (survives a reload) under an island's own URL, e.g.
 * `indexeddb://tfk-cnn-mnist`, and exporting it in TensorFlow.js format for download.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/** A trained model in TensorFlow.js format, ready to become model.json + weights.bin downloads. */
export interface ModelArtifacts { modelJson: string; weights: ArrayBuffer }

/** Saves `model` at `url` (replacing what was there); returns when, as an ISO date. */
export async function save(model: tfl.LayersModel, url: string): Promise<{ savedAt: string }> {
  const result = await model.save(url);
  return { savedAt: (result.modelArtifactsInfo.dateSaved ?? new Date()).toISOString() };
}

/** The model saved at `url` and when; null when nothing was saved there in this browser. */
export async function load(url: string): Promise<{ model: tfl.LayersModel; savedAt: string } | null> {
  const saved = (await tf.io.listModels())[url];
  if (!saved) return null;
  const model = await tfl.loadLayersModel(url);
  return { model, savedAt: new Date(saved.dateSaved).toISOString() };
}

/** model.json (topology + a manifest naming ./weights.bin) and the weights as one buffer. */
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
