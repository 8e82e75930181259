/**
 * The training half of a run, run by the lab's worker (it brings TensorFlow.js): loads
 * TensorFlow.js (wasm, else cpu), then trains the dense model and the chosen third model one
 * after the other on the same windows, and scores each on the validation and test periods.
 */
import '@tensorflow/tfjs-layers';
import { loadTensorFlow } from '~/islands/runtime/backend/main-thread';
import type { BackendPreference } from '~/islands/runtime/backend/types';
import { meanAbsoluteError } from '../data/baselines.ts';
import type { Prepared, Result } from '../data/prepare.ts';
import { buildForecaster, FORECASTERS, type ForecasterKind } from './build.ts';
import { FIT_DEFAULTS, fitForecaster, forecast, scaleOf } from './train.ts';

/** Progress of the whole run: which model, batches done of the total over every model. */
export type OnProgress = (model: string, done: number, total: number) => void;

/** Trains `kinds` in order on `p`'s training windows; resolves to one result per model and the backend's sentence. `backend` 'auto' is wasm, else cpu. */
export async function trainModels(p: Prepared, kinds: ForecasterKind[], epochs: number, seed: number, onProgress: OnProgress, backend: BackendPreference = 'auto'): Promise<{ results: Result[]; backend: string }> {
  const { reason } = await loadTensorFlow(backend);
  const train = p.periods[0];
  const scale = scaleOf(p.series.values.subarray(train.start, train.end)); // training period only
  const results: Result[] = [];
  for (const [index, kind] of kinds.entries()) {
    const model = buildForecaster(kind, p.train.window, seed);
    try {
      const label = FORECASTERS[kind].label;
      let planned = 0;
      const fit = await fitForecaster(model, p.train, p.validation, scale, { ...FIT_DEFAULTS, epochs }, (done, total) => { planned = total; onProgress(label, index * total + done, kinds.length * total); });
      onProgress(label, (index + 1) * planned, kinds.length * planned); // early stopping may skip the last epochs
      const testForecast = forecast(model, p.test, scale);
      const validationMae = meanAbsoluteError(p.validation.targets, forecast(model, p.validation, scale));
      results.push({ key: kind, label, params: model.countParams(), epochsRun: fit.epochsRun, bestEpoch: fit.bestEpoch, validationMae, testMae: meanAbsoluteError(p.test.targets, testForecast), testForecast });
    } finally {
      model.dispose();
    }
  }
  return { results, backend: reason };
}
