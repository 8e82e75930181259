import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'tensors',
  questions: [
    {
      id: 'broadcast-shape',
      type: 'shape',
      prompt: 'What is the shape of `a * b` when `a` has shape `(8, 1, 5)` and `b` has shape `(3, 1)`?',
      dims: [8, 3, 5],
      placeholder: '(d1, d2, ...)',
      explanation:
        'Shapes are aligned from the right: (8, 1, 5) against (1, 3, 1), where the missing leading axis of b counts as 1. Each pair is equal or contains a 1, and every 1 is stretched to the other size: 8, 3 and 5.',
    },
    {
      id: 'mixed-dtypes',
      type: 'single',
      prompt: 'You add `tf.constant([1, 2])` to `tf.constant([0.5, 0.5])`. What happens?',
      options: [
        { id: 'error', text: 'TensorFlow raises an error because one tensor is int32 and the other float32; you must cast one of them.' },
        { id: 'promote', text: 'The integers are promoted to float32 and the result is [1.5, 2.5].' },
        { id: 'truncate', text: 'The floats are truncated to integers and the result is [1, 2].' },
        { id: 'float64', text: 'Both are converted to float64 for precision.' },
      ],
      answer: 'error',
      explanation:
        'Python integers become int32 tensors and Python floats become float32. Unlike NumPy, TensorFlow does not promote types automatically in arithmetic; it raises an error so that a silent conversion cannot hide a bug. Use `tf.cast` to make the conversion explicit.',
    },
    {
      id: 'tracing',
      type: 'single',
      prompt: 'A function decorated with `@tf.function` contains a Python `print(...)`. You call it three times with tensors of the same shape and dtype. How many times is the message printed?',
      options: [
        { id: 'once', text: 'Once, while the function is traced on the first call.' },
        { id: 'three', text: 'Three times, once per call.' },
        { id: 'never', text: 'Never: Python code does not run inside tf.function.' },
        { id: 'twice', text: 'Twice: once for tracing and once for the first graph execution.' },
      ],
      answer: 'once',
      explanation:
        'The Python body runs only while TensorFlow traces it into a graph, which happens on the first call with a new input signature. Later calls with a matching signature execute the graph directly, so Python side effects do not repeat. Use `tf.print` for output on every call.',
    },
    {
      id: 'rank',
      type: 'numeric',
      prompt: 'A batch of 64 colour images, each 32 × 32 pixels with 3 channels, is stored as one tensor. What is its rank?',
      answer: 4,
      tolerance: 0,
      explanation:
        'The tensor has shape (64, 32, 32, 3): one axis for the batch, two for height and width, and one for channels. The rank is the number of axes, 4, not the number of elements.',
    },
  ],
});
