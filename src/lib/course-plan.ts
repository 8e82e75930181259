import type { ModuleLevel } from '../schemas/module';

/**
 * The 25 modules the course promises, copied from the table in COURSE.md.
 * The catalog lists every row; a row whose module is not written yet shows as
 * "coming soon". When a module exists, its frontmatter wins over this row.
 */
export interface PlannedModule {
  number: number;
  slug: string;
  title: string;
  level: ModuleLevel;
}

export const COURSE_PLAN: readonly PlannedModule[] = [
  { number: 1, slug: 'tensors', title: 'Tensors and TensorFlow basics', level: 'Beginner' },
  { number: 2, slug: 'first-network', title: 'Your first neural network with Keras', level: 'Beginner' },
  { number: 3, slug: 'training', title: 'Training and evaluating models', level: 'Beginner' },
  { number: 4, slug: 'cnn', title: 'Convolutional Neural Networks (CNNs)', level: 'Intermediate' },
  { number: 5, slug: 'regularization', title: 'Regularization and data augmentation', level: 'Intermediate' },
  { number: 6, slug: 'tf-data', title: 'Input pipelines with tf.data', level: 'Intermediate' },
  { number: 7, slug: 'functional-api', title: 'The Keras Functional API', level: 'Intermediate' },
  { number: 8, slug: 'transfer-learning', title: 'Transfer learning and fine-tuning', level: 'Intermediate' },
  { number: 9, slug: 'custom-components', title: 'Custom layers, models and losses', level: 'Intermediate' },
  { number: 10, slug: 'gradient-tape', title: 'Custom training loops with GradientTape', level: 'Intermediate' },
  { number: 11, slug: 'callbacks', title: 'Callbacks and TensorBoard', level: 'Intermediate' },
  { number: 12, slug: 'saving', title: 'Saving, loading and exporting models', level: 'Intermediate' },
  { number: 13, slug: 'text', title: 'Working with text: vectorization and embeddings', level: 'Intermediate' },
  { number: 14, slug: 'rnn', title: 'Recurrent networks: RNN, LSTM, GRU', level: 'Intermediate' },
  { number: 15, slug: 'time-series', title: 'Time-series forecasting', level: 'Intermediate' },
  { number: 16, slug: 'attention', title: 'Attention and Transformers', level: 'Advanced' },
  { number: 17, slug: 'autoencoders', title: 'Autoencoders and anomaly detection', level: 'Advanced' },
  { number: 18, slug: 'generative', title: 'Generative models: VAEs and GANs', level: 'Advanced' },
  { number: 19, slug: 'segmentation', title: 'Image segmentation', level: 'Advanced' },
  { number: 20, slug: 'tuning', title: 'Hyperparameter tuning with KerasTuner', level: 'Advanced' },
  { number: 21, slug: 'performance', title: 'Mixed precision and performance profiling', level: 'Advanced' },
  { number: 22, slug: 'distributed', title: 'Distributed training', level: 'Advanced' },
  { number: 23, slug: 'optimization', title: 'Model optimization: quantization and pruning', level: 'Advanced' },
  { number: 24, slug: 'deployment', title: 'Deploying models', level: 'Advanced' },
  { number: 25, slug: 'capstone', title: 'Capstone: an end-to-end image classifier', level: 'Advanced' },
];
