import { describe, expect, it } from 'vitest';
import { FIRST_NETWORK_RECIPE, TRAINING_LAB_DEFAULT_RUN, TRAINING_LAB_RECIPE, type MlpRecipe } from './recipe';
import { checkNumber, recipeProblems } from './validate';

describe('recipe validation', () => {
  it("accepts both modules' recipes", () => {
    expect(recipeProblems(FIRST_NETWORK_RECIPE)).toEqual([]);
    expect(recipeProblems(TRAINING_LAB_RECIPE)).toEqual([]);
    expect(recipeProblems(TRAINING_LAB_DEFAULT_RUN)).toEqual([]);
  });

  it('names every bad setting in one sentence each', () => {
    const bad = { ...FIRST_NETWORK_RECIPE, learningRate: 0, epochs: 2.5, optimizer: 'adagrad', validationSplit: 1, trainImages: 0 } as unknown as MlpRecipe;
    expect(recipeProblems(bad)).toEqual([
      'Learning rate must be between 0.000001 and 1 (got 0).',
      'Epochs must be a whole number.',
      'Optimizer must be one of sgd, momentum, adam, rmsprop (got adagrad).',
      'Validation split must be between 0 and 1 (got 1).',
      'Training images must be a whole number of at least 1 (got 0).',
    ]);
  });

  it('rejects non-numbers and accepts the bounds themselves', () => {
    expect(checkNumber('batchSize', Number.NaN)).toBe('Batch size must be a number.');
    expect(checkNumber('width', 1024)).toBeNull();
    expect(checkNumber('width', 1025)).toMatch(/between 1 and 1024/);
    expect(checkNumber('depth', 0)).toBeNull();
  });
});
