import { describe, expect, it } from 'vitest';
import { recipeProblems } from '../model/validate';
import { validateLab } from './controls';
import { LAB_PRESETS } from './presets';

const good = { trainImages: '500', width: '512', depth: '1', optimizer: 'adam', learningRate: '0.001', epochs: '40', batchSize: '32', patience: '3', backend: 'auto' };

describe('validateLab', () => {
  it('turns the form into a run on all 60,000 loaded images with the 20% validation split', () => {
    const result = validateLab(good);
    expect(result.ok && result.value).toEqual({
      config: { width: 512, depth: 1, optimizer: 'adam', learningRate: 0.001, epochs: 40, batchSize: 32, validationSplit: 0.2, trainImages: 500, preset: 'full' },
      backend: 'auto',
      patience: 3,
    });
  });

  it('means every training image by 48,000', () => {
    const result = validateLab({ ...good, trainImages: '48000' });
    expect(result.ok && result.value.config.trainImages).toBe(Infinity);
  });

  it('names each bad field with a readable message', () => {
    const result = validateLab({ ...good, learningRate: '0', width: 'wide', depth: '-1', trainImages: '123', optimizer: 'adagrad', epochs: '' });
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'trainImages', message: 'Training images must be one of 250, 500, 1000, 5000, 48000.' },
      { field: 'optimizer', message: 'Optimizer must be one of sgd, momentum, adam, rmsprop.' },
      { field: 'width', message: 'Width (units per hidden layer) must be a number.' },
      { field: 'depth', message: 'Depth (hidden layers) must be between 0 and 6 (got -1).' },
      { field: 'learningRate', message: 'Learning rate must be between 0.000001 and 1 (got 0).' },
      { field: 'epochs', message: 'Epochs must be a number.' },
    ]);
  });

  it('has presets whose recipes run and whose sizes the form offers', () => {
    expect(LAB_PRESETS.map((p) => p.id)).toEqual(['underfit', 'good', 'overfit']);
    for (const preset of LAB_PRESETS) {
      expect(recipeProblems(preset.recipe), preset.id).toEqual([]);
      const size = preset.recipe.trainImages === Infinity ? 48_000 : preset.recipe.trainImages;
      const form = { ...good, trainImages: String(size), width: String(preset.recipe.width), learningRate: String(preset.recipe.learningRate), optimizer: preset.recipe.optimizer };
      expect(validateLab(form).ok, preset.id).toBe(true);
    }
  });
});
