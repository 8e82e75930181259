import { env } from 'cloudflare:test';

const labels = (): number[] => Array.from(env.TEST_MNIST_LABELS, Number);

export const metadata = { epochs: 3, batchSize: 64, trainingSeconds: 41.5, backend: 'webgl', paramCount: 93322 } as const;

/** Predictions equal to the true labels (read from the IDX file in Node): accuracy 1. */
export const perfectPredictions = () => ({ predictions: labels(), metadata });

/** The true labels with the first `wrong` predictions changed: accuracy (10000 - wrong) / 10000. */
export function predictionsWithErrors(wrong: number) {
  const p = labels();
  for (let i = 0; i < wrong; i++) p[i] = (p[i]! + 1) % 10;
  return { predictions: p, metadata };
}
