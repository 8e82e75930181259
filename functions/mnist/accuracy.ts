import { TEST_LABELS } from './test-labels.generated';

export const TEST_SET_SIZE = 10_000;

/** Server-side scoring: predictions are checked for format by the request schema first. */
export function scorePredictions(predictions: readonly number[]): { correct: number; accuracy: number } {
  if (predictions.length !== TEST_SET_SIZE || TEST_LABELS.length !== TEST_SET_SIZE) {
    throw new Error(`expected ${TEST_SET_SIZE} predictions and labels, got ${predictions.length} and ${TEST_LABELS.length}`);
  }
  let correct = 0;
  for (let i = 0; i < TEST_SET_SIZE; i++) if (predictions[i] === TEST_LABELS.charCodeAt(i) - 48) correct++;
  return { correct, accuracy: correct / TEST_SET_SIZE };
}
