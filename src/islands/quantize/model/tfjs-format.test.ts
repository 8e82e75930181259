/**
 * The download reloads with the stock tf.loadLayersModel: the files are written to disk and read
 * back through TensorFlow.js's own HTTP loader (tf.io.http, which resolves the manifest's
 * "./<bin>" path beside model.json), with a fetch that serves the written files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCnn } from '../../cnn/model/build';
import { mnistTestImages } from '../../runtime/test-fixtures';
import { namedWeights, setNamedWeights } from './model-weights';
import { encodeForTfjs, modelJson, PER_CHANNEL_NOT_IN_TFJS, tfjsFileNames, TFJS_VARIANTS } from './tfjs-format';
import { isKernel, storeWeights, type NamedWeight } from './variants';


const dir = mkdtempSync(join(tmpdir(), 'quantize-'));
/** A fetch that answers http://files/<name> with the file written to `dir`. */
const fetchFiles = async (url: RequestInfo | URL) => new Response(readFileSync(join(dir, new URL(String(url)).pathname.slice(1))));

describe('the TensorFlow.js download', () => {
  // Built once the cpu backend is active (test-fixtures also registers wasm, which would win otherwise).
  let original: tfl.LayersModel, weights: NamedWeight[], topology: object, images: tf.Tensor4D, kernels: number, biases: number;
  beforeAll(async () => {
    await tf.setBackend('cpu');
    original = buildCnn();
    weights = namedWeights(original);
    topology = original.toJSON(null, false) as object;
    const split = mnistTestImages(0, 64);
    images = tf.tensor4d(Float32Array.from(split.pixels, (p) => p / 255), [64, 28, 28, 1]);
    kernels = weights.filter(isKernel).reduce((n, w) => n + w.values.length, 0);
    biases = weights.reduce((n, w) => n + w.values.length, 0) - kernels;
  });

  for (const variant of TFJS_VARIANTS) {
    it(`${variant}: reloads with tf.loadLayersModel and predicts what the dequantized model predicts`, async () => {
      const stored = storeWeights(weights, variant);
      const { specs, data } = encodeForTfjs(stored);
      const files = tfjsFileNames(variant);
      writeFileSync(join(dir, files.json), modelJson(topology, specs, files.bin));
      writeFileSync(join(dir, files.bin), new Uint8Array(data));

      const json = JSON.parse(readFileSync(join(dir, files.json), 'utf8')) as { weightsManifest: tf.io.WeightsManifestConfig };
      const kernelSpecs = json.weightsManifest[0]!.weights.filter((s) => s.name.endsWith('/kernel'));
      const expected = { float32: undefined, float16: 'float16', 'int8-tensor': 'uint8' }[variant];
      expect(kernelSpecs.map((s) => s.quantization?.dtype)).toEqual(new Array(5).fill(expected));
      expect(data.byteLength).toBe({ float32: 4 * (kernels + biases), float16: 2 * kernels + 4 * biases, 'int8-tensor': kernels + 4 * biases }[variant]);

      const reloaded = await tfl.loadLayersModel(tf.io.http(`http://files/${files.json}`, { fetchFunc: fetchFiles as typeof fetch }));
      // The reloaded weights are exactly the dequantized values the island evaluates...
      for (const [i, w] of namedWeights(reloaded).entries()) {
        const want = stored[i]!.values;
        for (let j = 0; j < want.length; j += 97) expect(Math.abs(w.values[j]! - want[j]!)).toBeLessThanOrEqual(Math.abs(want[j]!) * 1e-6 + 1e-9);
      }
      // ...so its predictions match the island's dequantized model, and the float32 original within the rounding.
      const island = buildCnn();
      setNamedWeights(island, stored);
      const [fromFile, fromIsland, fromOriginal] = [reloaded, island, original].map((m) => (m.predict(images) as tf.Tensor).dataSync());
      let toIsland = 0, toOriginal = 0;
      for (let j = 0; j < fromFile!.length; j++) {
        toIsland = Math.max(toIsland, Math.abs(fromFile![j]! - fromIsland![j]!));
        toOriginal = Math.max(toOriginal, Math.abs(fromFile![j]! - fromOriginal![j]!));
      }
      expect(toIsland).toBeLessThan(1e-5);
      expect(toOriginal).toBeLessThan({ float32: 1e-7, float16: 1e-3, 'int8-tensor': 2e-2 }[variant]);
      reloaded.dispose();
      island.dispose();
    });
  }

  it('refuses int8 per channel, which the manifest cannot express', () => {
    expect(() => encodeForTfjs(storeWeights(weights, 'int8-channel'))).toThrow(PER_CHANNEL_NOT_IN_TFJS);
  });
});
