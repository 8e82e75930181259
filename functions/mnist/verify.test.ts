import { beforeAll, describe, expect, it } from 'vitest';
import { flatWeights, float32Base64, randomCnn, useCpu } from '../../scripts/mnist/tfjs-logits.ts';
import { cnnLogits, prepareNet, type CnnNet } from './forward';
import { NEAR_TIE_LOGITS, verifyPredictions } from './verify';
import { decodeWeights } from './weights';

beforeAll(useCpu);

const IMAGES = 6;
let values: Float32Array;
let shapes: number[][];
const pixels = Uint8Array.from({ length: IMAGES * 784 }, (_, i) => ((i * 7919) % 13 < 4 ? (i * 31) % 256 : 0));

function net(v: Float32Array): CnnNet {
  const d = decodeWeights({ shapes, float32: float32Base64(v) });
  if (!d.ok) throw new Error(d.problem);
  return prepareNet(d.weights);
}
const ranked = (n: CnnNet, i: number) => {
  const z = Array.from(cnnLogits(n, pixels.subarray(i * 784, (i + 1) * 784)));
  const order = z.map((_, d) => d).sort((a, b) => z[b]! - z[a]!);
  return { z, top: order[0]!, second: order[1]! };
};

beforeAll(() => {
  const model = randomCnn(11);
  ({ shapes, values } = flatWeights(model));
  model.dispose();
});

describe('verifyPredictions', () => {
  const all = Array.from({ length: IMAGES }, (_, i) => i);

  it('accepts the predictions the weights make', () => {
    const n = net(values);
    const predictions = all.map((i) => ranked(n, i).top);
    expect(verifyPredictions(n, predictions, pixels, all)).toEqual({ checked: IMAGES, nearTies: 0, disagreement: null });
  });

  it('refuses a clear disagreement and names the image, only if it is sampled', () => {
    const n = net(values);
    const predictions = all.map((i) => ranked(n, i).top);
    const { top, second } = ranked(n, 3);
    predictions[3] = second;
    const v = verifyPredictions(n, predictions, pixels, all);
    expect(v.disagreement).toMatchObject({ index: 3, submitted: second, recomputed: top });
    expect(v.disagreement!.gap).toBeGreaterThanOrEqual(NEAR_TIE_LOGITS);
    expect(verifyPredictions(n, predictions, pixels, [0, 1, 2, 4, 5]).disagreement).toBeNull();
  });

  it('accepts the runner-up only at a near-tie (another backend may round the other way)', () => {
    const image = 2;
    const base = ranked(net(values), image);
    // Raise the runner-up's last-layer bias until it trails the top logit by `gap`.
    const withGap = (gap: number) => {
      const v = values.slice();
      v[v.length - 10 + base.second] = v[v.length - 10 + base.second]! + (base.z[base.top]! - base.z[base.second]!) - gap;
      return net(v);
    };
    const submit = (n: CnnNet) => all.map((i) => (i === image ? base.second : ranked(n, i).top));
    const close = withGap(NEAR_TIE_LOGITS / 4);
    expect(ranked(close, image).top).toBe(base.top);
    expect(verifyPredictions(close, submit(close), pixels, all)).toMatchObject({ nearTies: 1, disagreement: null });
    const far = withGap(NEAR_TIE_LOGITS * 4);
    expect(verifyPredictions(far, submit(far), pixels, all).disagreement).toMatchObject({ index: image, submitted: base.second });
  });
});
