/**
 * The catalog's controlled tag vocabulary: every module's `tags` come from this list, each
 * tag spelt one way and used by at least two modules (checked by the content lint), so the
 * catalog filter stays short and a tag always finds more than the module you are reading.
 * To add a tag, add it here with a one-line meaning and give it to two or more modules.
 */
export const TAG_MEANINGS = {
  fundamentals: 'First steps: tensors, a first model, training and evaluation',
  'tf.function': 'Graph compilation with tf.function and what tracing implies',
  gpu: 'Devices and accelerators: placing work on GPUs and TPUs',
  mnist: 'Uses the MNIST handwritten digits',
  'fashion-mnist': 'Uses the Fashion-MNIST clothing images',
  'losses-and-metrics': 'Choosing, writing or reading losses and metrics',
  optimizers: 'Optimizers, learning rates and their schedules',
  overfitting: 'Spotting and curbing overfitting',
  evaluation: 'Honest evaluation: held-out data, baselines and error analysis',
  hyperparameters: 'Choosing learning rates, sizes and other settings',
  'computer-vision': 'Image classification, reconstruction or segmentation',
  cnn: 'Convolutional layers',
  'data-augmentation': 'Random label-preserving transformations of training data',
  'functional-api': 'Models built by calling layers on keras.Input tensors',
  subclassing: 'Subclassing Layer, Model, Loss or Metric, or overriding train_step',
  'gradient-tape': 'Gradients with tf.GradientTape and custom training steps',
  callbacks: 'Keras callbacks such as EarlyStopping and ModelCheckpoint',
  tensorboard: 'Logging and profiling with TensorBoard',
  'tf.data': 'Input pipelines with tf.data',
  performance: 'Making training or inference faster or smaller',
  saving: 'Saving, loading and exporting models',
  deployment: 'Running a trained model outside the training script',
  tflite: 'TensorFlow Lite (LiteRT) conversion and on-device inference',
  'tensorflow.js': 'Running models in the browser with TensorFlow.js',
  nlp: 'Natural-language text',
  sequences: 'Ordered data: token sequences and time series',
  embeddings: 'Learned vector tables such as keras.layers.Embedding',
  unsupervised: 'Learning without labels: autoencoders and generative models',
} as const;

/** One tag of the vocabulary. */
export type ModuleTagName = keyof typeof TAG_MEANINGS;

/** The vocabulary as a non-empty tuple, in the order above (for z.enum). */
export const MODULE_TAGS = Object.keys(TAG_MEANINGS) as [ModuleTagName, ...ModuleTagName[]];

/** Letters and digits only, so "gradienttape", "Gradient_Tape" and "gradient-tape" compare equal. */
const squash = (tag: string): string => tag.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The message for a tag outside the vocabulary: a likely intended tag when one is close
 * (same letters ignoring punctuation, or one contains the other), else the whole list.
 */
export function unknownTagHint(tag: unknown): string {
  const wanted = squash(String(tag));
  const close = MODULE_TAGS.filter((t) => {
    const s = squash(t);
    return wanted.length > 0 && (s === wanted || s.includes(wanted) || wanted.includes(s));
  });
  const hint = close.length ? `did you mean ${close.map((t) => `"${t}"`).join(' or ')}?` : `use one of: ${MODULE_TAGS.join(', ')}`;
  return `unknown tag "${String(tag)}": ${hint} (the vocabulary is TAG_MEANINGS in src/schemas/tags.ts)`;
}
