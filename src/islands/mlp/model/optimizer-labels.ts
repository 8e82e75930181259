/** How the labs name each optimiser: the Keras optimiser it stands for. */
import type { OptimizerName } from './recipe.ts';

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'SGD with momentum 0.9',
  adam: 'Adam',
  rmsprop: 'RMSprop',
};
