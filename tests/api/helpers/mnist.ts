import { env } from 'cloudflare:test';

const labels = (): number[] => Array.from(env.TEST_MNIST_LABELS, Number);

export const metadata = { epochs: 3, batchSize: 64, trainingSeconds: 41.5, backend: 'webgl', paramCount: 93322 } as const;

const fixture = () => env.TEST_CNN_FIXTURE;

function bytesOf(base64: string): Uint8Array {
  const s = atob(base64);
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function base64Of(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The fixture model's TF.js (wasm) logits, 10 per test image. */
const logits = (): Float32Array => new Float32Array(bytesOf(fixture().logits).buffer);

const argmax = (z: Float32Array, i: number, shift = 0, k = 0) => {
  let top = 0;
  for (let d = 1; d < 10; d++) if (z[i * 10 + d]! + (d === k ? shift : 0) > z[i * 10 + top]! + (top === k ? shift : 0)) top = d;
  return top;
};

/** The fixture weights, optionally with `shift` added to the last layer's bias for digit `k`. */
export function fixtureWeights(shift = 0, k = 0) {
  const bytes = bytesOf(fixture().float32);
  if (shift !== 0) {
    const values = new Float32Array(bytes.buffer);
    values[values.length - 10 + k] = values[values.length - 10 + k]! + shift;
  }
  return { shapes: fixture().shapes, float32: base64Of(bytes) };
}

/** Test images the fixture model (~93 %) gets right. */
export const fixtureCorrect = (): number => fixture().correct;

/** An honest submission: the fixture's weights and the predictions they make (computed by TF.js). */
export function honestSubmission() {
  const z = logits();
  return { predictions: Array.from({ length: 10_000 }, (_, i) => argmax(z, i)), weights: fixtureWeights(), metadata };
}

/** The cheat the verification must catch: the true test labels with a genuine ~93 % model's weights. */
export const trueLabelsWithFixtureWeights = () => ({ predictions: labels(), weights: fixtureWeights(), metadata });

/**
 * An honest submission with exactly `fixtureCorrect() - wrong` correct predictions: the last
 * layer's bias for digit 0 is raised until that many more images are misread, and the
 * predictions are what those weights make (from the TF.js logits, shifted by the same amount).
 */
export function submissionWithErrors(wrong: number) {
  if (wrong === 0) return honestSubmission();
  const z = logits();
  const truth = labels();
  // Each image not predicted 0 flips to 0 once the shift passes its gap; track the correct count.
  const events: { gap: number; delta: number }[] = [];
  for (let i = 0; i < 10_000; i++) {
    const top = argmax(z, i);
    if (top === 0) continue;
    events.push({ gap: z[i * 10 + top]! - z[i * 10]!, delta: truth[i] === 0 ? 1 : top === truth[i] ? -1 : 0 });
  }
  events.sort((a, b) => a.gap - b.gap);
  let lost = 0;
  for (let e = 0; e < events.length - 1; e++) {
    lost -= events[e]!.delta;
    if (lost !== wrong) continue;
    const shift = (events[e]!.gap + events[e + 1]!.gap) / 2; // halfway: no image sits at a tie
    return { predictions: Array.from({ length: 10_000 }, (_, i) => argmax(z, i, shift, 0)), weights: fixtureWeights(shift, 0), metadata };
  }
  throw new Error(`The fixture model cannot be made to get exactly ${wrong} more images wrong.`);
}
