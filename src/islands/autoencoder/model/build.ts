/**
 * Module 17's convolutional denoising autoencoder ("conv_denoiser"): Conv2D + MaxPooling2D twice
 * (28 -> 14 -> 7), two stride-2 Conv2DTranspose layers back up (7 -> 14 -> 28) and a 1-filter
 * sigmoid Conv2D, every kernel 3 x 3 with padding "same" and ReLU inside. The module's filters are
 * 32 and 16 (12,193 parameters); the lab defaults to half of each so a run fits in a minute on a CPU.
 */
import * as tfl from '@tensorflow/tfjs-layers';

/** Filters of the outer (28 x 28 / first up-sampling target) and inner (14 x 14 / 7 x 7) layers. */
export interface AutoencoderShape { outer: number; inner: number }

/** The module's listing: Conv2D(32), Conv2D(16), Conv2DTranspose(16), Conv2DTranspose(32). */
export const MODULE_SHAPE: AutoencoderShape = { outer: 32, inner: 16 };
/** The lab's default, half the module's filters: ~4x fewer multiply-adds per image. */
export const LAB_SHAPE: AutoencoderShape = { outer: 16, inner: 8 };
/** Largest filter count accepted (the module's 32 with room to experiment). */
export const MAX_FILTERS = 64;

/** Builds the model for [n, 28, 28, 1] pixels in [0, 1]; throws a RangeError for a bad filter count. */
export function buildAutoencoder({ outer, inner }: AutoencoderShape = LAB_SHAPE, seed?: number): tfl.LayersModel {
  for (const [name, n] of [['Outer', outer], ['Inner', inner]] as const) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_FILTERS) throw new RangeError(`${name} filters must be a whole number from 1 to ${MAX_FILTERS}, got ${n}.`);
  }
  const init = (k: number) => (seed === undefined ? 'glorotUniform' : tfl.initializers.glorotUniform({ seed: seed + k }));
  const conv = (name: string, filters: number, activation: 'relu' | 'sigmoid', k: number) =>
    tfl.layers.conv2d({ name, filters, kernelSize: 3, padding: 'same', activation, kernelInitializer: init(k) });
  const up = (name: string, filters: number, k: number) =>
    tfl.layers.conv2dTranspose({ name, filters, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', kernelInitializer: init(k) });
  return tfl.sequential({
    name: 'conv_denoiser',
    layers: [
      tfl.layers.inputLayer({ inputShape: [28, 28, 1], name: 'input_layer' }),
      conv('enc_conv_1', outer, 'relu', 1),
      tfl.layers.maxPooling2d({ name: 'enc_pool_1', poolSize: 2 }),
      conv('enc_conv_2', inner, 'relu', 2),
      tfl.layers.maxPooling2d({ name: 'enc_pool_2', poolSize: 2 }),
      up('dec_up_1', inner, 3),
      up('dec_up_2', outer, 4),
      conv('clean', 1, 'sigmoid', 5),
    ],
  });
}
