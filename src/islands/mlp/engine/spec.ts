/** The MLP island's model for the runtime's training engine: its builder, defaults, checks and optimisers. */
import type { EngineSpec } from '../../runtime/training/engine/spec.ts';
import { buildMlp } from '../model/build.ts';
import { makeOptimizer } from '../model/optimizer.ts';
import { FIRST_NETWORK_RECIPE } from '../model/recipe.ts';
import { recipeProblems } from '../model/validate.ts';
import type { MlpConfig } from '../protocol';

/** Module 2's quick run: its recipe on the quick subset (12,000 images), 2 epochs. */
export const FIRST_NETWORK_QUICK: MlpConfig = { ...FIRST_NETWORK_RECIPE, epochs: 2, preset: 'quick' };

export const mlpSpec: EngineSpec<MlpConfig> = {
  // The engine feeds [n, 28, 28, 1] images; Flatten makes them the same 784 inputs as (28, 28).
  buildModel: (config) => buildMlp(config, [28, 28, 1]),
  defaults: FIRST_NETWORK_QUICK,
  modelUrl: 'indexeddb://tfk-mlp-mnist',
  checkConfig: (config) => {
    const problems = recipeProblems(config);
    if (problems.length > 0) throw new Error(problems.join(' '));
  },
  makeOptimizer: (config) => makeOptimizer(config.optimizer, config.learningRate),
};
