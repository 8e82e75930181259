/**
 * What the modules teach, as patterns that show a body uses it: mostly Keras / TensorFlow API
 * names, matched anywhere in a module body (code included). The prerequisite lint reads them
 * two ways: a module that uses a concept taught in an earlier module must reach one of its
 * teaching modules through its prerequisites (directly or transitively), and every
 * prerequisite a module lists must be used (a concept it teaches, or a link to it).
 * Patterns are specific to what a module introduces, so that common words do not count.
 */

/** One thing a module teaches: text that shows a body uses it, and where it is taught. */
export interface Concept {
  pattern: RegExp;
  /** Modules that teach it; reaching any one of them is enough. */
  taughtIn: readonly string[];
}

/** Concepts taught by one module only. */
const by = (slug: string, ...patterns: RegExp[]): Concept[] => patterns.map((pattern) => ({ pattern, taughtIn: [slug] }));

/** Every concept, in course order of the module that teaches it. */
export const CONCEPTS: readonly Concept[] = [
  ...by('tensors', /\btf\.(constant|Variable|reshape|cast|zeros|ones|range)\b/, /\bbroadcast/i, /\.numpy\(\)/, /\bshapes?\b/, /\bdtypes?\b/),
  ...by('first-network', /\bSequential\b/, /\bDense\(/, /\.compile\(/, /\.fit\(/),
  ...by('training', /validation_(split|data)\b/, /\blearning[_ ]rate\b/, /\boverfit/i, /crossentropy/, /\bkeras\.optimizers\b|\bAdam\(/),
  ...by('cnn', /\bConv2D\(/, /\bMaxPooling2D\b/, /\bconvolution/i),
  ...by('regularization', /\bDropout\(/, /\bBatchNormalization\(/, /kernel_regularizer/, /\bRandom(Flip|Rotation|Zoom|Translation|Crop|Contrast)\(/),
  { pattern: /\bEarlyStopping\b/, taughtIn: ['regularization', 'callbacks'] },
  ...by('tf-data', /\btf\.data\b/, /\.prefetch\(/, /from_tensor_slices/, /\bAUTOTUNE\b/, /\bDataset\b/, /\bds\.(map|shuffle|batch|cache|take|unbatch)\(/),
  ...by('functional-api', /\bkeras\.Model\(\s*(inputs|\[|[\w.]+\s*,)/, /\bConcatenate\(/, /\blayers\.(Add|add)\(/, /\bplot_model\b/, /\)\(\s*[a-z_]+\s*\)/),
  ...by('transfer-learning', /\bkeras\.applications\b/, /\binclude_top\b/),
  ...by('custom-components', /\(\s*(keras\.)?layers\.Layer\s*\)/, /\(\s*keras\.(Model|losses\.Loss|metrics\.Metric)\s*\)/, /\bget_config\b/, /\badd_weight\(/, /register_keras_serializable/, /\bloss=(?!["'{])[a-z_]\w*\s*[,)\n]/),
  ...by('gradient-tape', /\bGradientTape\b/, /\bapply_gradients\b/, /\btrain_step\b/),
  ...by('callbacks', /\b(ModelCheckpoint|ReduceLROnPlateau|TensorBoard|CSVLogger|LearningRateScheduler|BackupAndRestore)\b/, /callbacks\.Callback\b/),
  ...by('saving', /\.save\(/, /\bload_model\(/, /\.export\(/, /\b(save|load)_weights\(/, /["'][\w/.-]*\.keras["']/),
  ...by('text', /\bTextVectorization\b/, /\bEmbedding\(/),
  ...by('rnn', /\b(LSTM|GRU|SimpleRNN|Bidirectional)\(/, /\bmask_zero\b/),
  ...by('time-series', /timeseries_dataset_from_array/),
  ...by('attention', /\bMultiHeadAttention\b/),
  ...by('autoencoders', /\bautoencoder/i, /\bConv2DTranspose\b/),
  ...by('generative', /\b(VAE|GAN)s?\b/),
  ...by('segmentation', /\bU-Net\b/, /\bMeanIoU\b/),
  ...by('tuning', /\bkeras_tuner\b|\bKerasTuner\b/),
  ...by('performance', /mixed_precision|mixed_float16/, /\bjit_compile\b/),
  ...by('distributed', /\btf\.distribute\b/, /\bMirroredStrategy\b/),
  ...by('optimization', /\btfmot\b/, /quantiz/i),
  ...by('deployment', /TensorFlow Serving|tensorflow_model_server/, /tensorflowjs/),
];

/** The concepts a body uses, each with the text that matched (for messages). */
export const conceptsUsed = (body: string): { concept: Concept; match: string }[] =>
  CONCEPTS.flatMap((concept) => {
    const hit = concept.pattern.exec(body);
    return hit ? [{ concept, match: hit[0] }] : [];
  });

/** Whether `body` uses something module `slug` teaches, or links to it. */
export function usesModule(body: string, slug: string): boolean {
  if (body.includes(`/modules/${slug}/`)) return true;
  return conceptsUsed(body).some(({ concept }) => concept.taughtIn.includes(slug));
}
