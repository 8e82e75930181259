import type * as tfl from '@tensorflow/tfjs-layers';
import { buildMlp } from '../../../src/islands/mlp/model/build.ts';
import { FIRST_NETWORK_RECIPE } from '../../../src/islands/mlp/model/recipe.ts';

/** Module 2's MLP ("mnist_mlp") is the one its island trains: the island's builder with the module's recipe. */
const models: Record<string, () => tfl.LayersModel> = { mnist_mlp: () => buildMlp(FIRST_NETWORK_RECIPE) };
export default models;
