/**
 * Limits on what a learner may ask for, and the checks behind them. Pure: the page's form and
 * the worker both use them, so a bad value gets the same readable message wherever it is caught.
 */
import { OPTIMIZERS, type MlpRecipe, type MlpShape } from './recipe.ts';

/** Inclusive bounds per numeric setting; `integer` settings must be whole numbers. */
export const LIMITS = {
  width: { min: 1, max: 1024, integer: true, label: 'Width (units per hidden layer)' },
  depth: { min: 0, max: 6, integer: true, label: 'Depth (hidden layers)' },
  learningRate: { min: 1e-6, max: 1, integer: false, label: 'Learning rate' },
  epochs: { min: 1, max: 100, integer: true, label: 'Epochs' },
  batchSize: { min: 1, max: 1024, integer: true, label: 'Batch size' },
  patience: { min: 0, max: 50, integer: true, label: 'Patience' },
} as const;

export type LimitedField = keyof typeof LIMITS;

/** Null when `value` is allowed for `field`, else a sentence naming the problem. */
export function checkNumber(field: LimitedField, value: number): string | null {
  const { min, max, integer, label } = LIMITS[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number.`;
  if (integer && !Number.isInteger(value)) return `${label} must be a whole number.`;
  if (value < min || value > max) return `${label} must be between ${min} and ${max} (got ${value}).`;
  return null;
}

/** Null for a buildable shape (0 hidden layers is allowed: plain softmax regression). */
export function checkShape(shape: MlpShape): string | null {
  return checkNumber('width', shape.width) ?? checkNumber('depth', shape.depth);
}

/** Every problem with a recipe, one sentence each; empty when it can run. */
export function recipeProblems(recipe: MlpRecipe): string[] {
  const problems: string[] = [];
  for (const field of ['width', 'depth', 'learningRate', 'epochs', 'batchSize'] as const) {
    const problem = checkNumber(field, recipe[field]);
    if (problem) problems.push(problem);
  }
  if (!OPTIMIZERS.includes(recipe.optimizer)) problems.push(`Optimizer must be one of ${OPTIMIZERS.join(', ')} (got ${String(recipe.optimizer)}).`);
  if (!(recipe.validationSplit > 0 && recipe.validationSplit < 1)) problems.push(`Validation split must be between 0 and 1 (got ${recipe.validationSplit}).`);
  const images = recipe.trainImages;
  if (!(images === Infinity || (Number.isInteger(images) && images >= 1))) problems.push(`Training images must be a whole number of at least 1 (got ${images}).`);
  return problems;
}
