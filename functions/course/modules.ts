/**
 * The 25 module slugs of the course, in order (the table in COURSE.md; a test keeps
 * them equal). A known slug without a quiz yet is a 404 with its own message.
 */
export const MODULE_SLUGS = [
  'tensors', 'first-network', 'training', 'cnn', 'regularization',
  'tf-data', 'functional-api', 'transfer-learning', 'custom-components', 'gradient-tape',
  'callbacks', 'saving', 'text', 'rnn', 'time-series',
  'attention', 'autoencoders', 'generative', 'segmentation', 'tuning',
  'performance', 'distributed', 'optimization', 'deployment', 'capstone',
] as const;

export type ModuleSlug = (typeof MODULE_SLUGS)[number];

export const isModuleSlug = (value: string): value is ModuleSlug => (MODULE_SLUGS as readonly string[]).includes(value);
