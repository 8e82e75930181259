/**
 * Module 3's presets: one run each that shows a learning-curve pattern the module describes.
 * Each default run is kept small enough to finish within a minute on a 2-core CPU (wasm).
 */
import { TRAINING_LAB_RECIPE, type MlpRecipe } from '../model/recipe.ts';

export type PresetId = 'underfit' | 'good' | 'overfit';

/** A preset: its name, what the curves should show, and the recipe that shows it. */
export interface LabPreset { id: PresetId; title: string; lookFor: string; recipe: MlpRecipe }

export const LAB_PRESETS: readonly LabPreset[] = [
  {
    id: 'underfit',
    title: 'Underfitting: a learning rate far too small',
    lookFor: 'Both losses stay high and close together: plain SGD at 0.0005 barely moves the weights in 10 epochs.',
    recipe: { ...TRAINING_LAB_RECIPE, trainImages: 5_000, optimizer: 'sgd', learningRate: 0.0005, epochs: 10 },
  },
  {
    id: 'good',
    title: 'A good fit: all 48,000 images, 3 epochs',
    lookFor: 'Both losses fall and level off close to each other; validation accuracy ends above 95%.',
    recipe: { ...TRAINING_LAB_RECIPE, trainImages: Infinity, epochs: 3 },
  },
  {
    id: 'overfit',
    title: 'Overfitting: 500 images, a wide layer, many epochs',
    lookFor: 'Training loss falls towards zero while validation loss bottoms out within about ten epochs and then climbs: the model memorises its 500 images.',
    recipe: { ...TRAINING_LAB_RECIPE, trainImages: 500, width: 256, epochs: 20, batchSize: 32 },
  },
];

/** The training-set sizes the lab offers; 48,000 is all of them after the 20% validation split. */
export const TRAIN_SIZES: readonly number[] = [250, 500, 1_000, 5_000, 48_000];

/** The preset called `id`, or null. */
export const findPreset = (id: string): LabPreset | null => LAB_PRESETS.find((p) => p.id === id) ?? null;
