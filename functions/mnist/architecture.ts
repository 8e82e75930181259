/**
 * The module-4 CNN as the grader knows it: the weight tensors, in the order TensorFlow.js
 * saves them (layer by layer, kernel then bias), with their shapes (channels last, like Keras).
 * Conv2D(32,3x3,relu) > MaxPool 2x2 > Conv2D(64) > MaxPool > Conv2D(64) > Flatten > Dense(64,relu)
 * > Dense(10). Dropout, if the learner used it, has no weights and is off at inference.
 */
export const CNN_TENSORS = [
  { name: 'conv2d/kernel', shape: [3, 3, 1, 32] },
  { name: 'conv2d/bias', shape: [32] },
  { name: 'conv2d_1/kernel', shape: [3, 3, 32, 64] },
  { name: 'conv2d_1/bias', shape: [64] },
  { name: 'conv2d_2/kernel', shape: [3, 3, 64, 64] },
  { name: 'conv2d_2/bias', shape: [64] },
  { name: 'dense/kernel', shape: [576, 64] },
  { name: 'dense/bias', shape: [64] },
  { name: 'dense_1/kernel', shape: [64, 10] },
  { name: 'dense_1/bias', shape: [10] },
] as const satisfies readonly { name: string; shape: readonly number[] }[];

/** Elements in one tensor of the given shape. */
export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** 93,322: the parameter count module 4 prints. */
export const CNN_PARAM_COUNT = CNN_TENSORS.reduce((sum, t) => sum + sizeOf(t.shape), 0);

/** Bytes of the weights as little-endian float32 (373,288). */
export const CNN_WEIGHT_BYTES = CNN_PARAM_COUNT * 4;
