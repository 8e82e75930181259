import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'tf-data',
  questions: [
    {
      id: 'batch-count',
      type: 'numeric',
      prompt: 'A dataset built with `from_tensor_slices` holds 50,000 examples. How many batches does one epoch of `ds.batch(128)` yield (default arguments)?',
      answer: 391,
      tolerance: 0,
      unit: 'batches',
      explanation:
        '50,000 / 128 = 390.6, so there are 390 full batches plus one final batch of 80 examples: 391 in total. Only `batch(128, drop_remainder=True)` would discard that last partial batch and yield 390.',
    },
    {
      id: 'batched-shape',
      type: 'shape',
      prompt:
        'CIFAR-10 images have shape (32, 32, 3). What is the shape in `element_spec` for the images after `ds.batch(32, drop_remainder=True)`?',
      dims: [32, 32, 32, 3],
      placeholder: '(d1, d2, ...)',
      explanation:
        'Batching adds a leading axis of the batch size. Because drop_remainder=True guarantees every batch is full, tf.data can record the static size 32 instead of None, giving (32, 32, 32, 3): 32 images of 32 x 32 pixels with 3 channels.',
    },
    {
      id: 'sorted-shuffle',
      type: 'single',
      prompt:
        'Your 60,000 training examples are stored sorted by class (all the zeros first, then the ones, and so on). You train on `ds.shuffle(1_000).batch(64)`. What happens?',
      options: [
        { id: 'fine', text: 'Nothing bad: any shuffle buffer produces a uniformly random order.' },
        { id: 'local', text: 'Early batches contain almost only zeros, because the buffer only ever mixes about 1,000 neighbouring examples.' },
        { id: 'error', text: 'tf.data raises an error because the buffer is smaller than the dataset.' },
        { id: 'once', text: 'The data is shuffled correctly in the first epoch but identical in every later epoch.' },
      ],
      answer: 'local',
      explanation:
        'shuffle draws each output from a buffer filled with the next buffer_size elements, so it can only move an example about that far. With 6,000 examples per class in sorted order, the first batches are drawn from a buffer full of zeros. Use a buffer as large as the dataset when it fits, or shuffle the file order or the arrays beforehand. Reshuffling each epoch is on by default.',
    },
    {
      id: 'cache-position',
      type: 'single',
      prompt:
        'A pipeline decodes and resizes images (slow, deterministic), applies random augmentation, shuffles and batches. Where should `cache()` go?',
      options: [
        { id: 'after-decode', text: 'Right after decoding and resizing, before augmentation and shuffling.' },
        { id: 'after-augment', text: 'After augmentation, so the augmented images do not have to be recomputed.' },
        { id: 'end', text: 'At the very end, after batching, so whole batches are replayed.' },
        { id: 'start', text: 'First, before decoding, so the raw files are read only once.' },
      ],
      answer: 'after-decode',
      explanation:
        'cache replays exactly what it stored during the first epoch. Placed after the expensive deterministic work it saves that work every later epoch; placed after augmentation or shuffling it would freeze one random outcome and replay it forever. Caching before decoding saves file reads but leaves the slow decoding in every epoch.',
    },
    {
      id: 'input-bound',
      type: 'multiple',
      prompt: 'Timing shows that reading the pipeline alone takes almost as long as a training epoch. Which changes can make training faster? Select all that apply.',
      options: [
        { id: 'parallel', text: 'Pass `num_parallel_calls=tf.data.AUTOTUNE` to `map`.' },
        { id: 'prefetch', text: 'Add `prefetch(tf.data.AUTOTUNE)` at the end of the pipeline.' },
        { id: 'cache', text: 'Cache the decoded images if they fit in memory or on local disk.' },
        { id: 'buffer', text: 'Increase the shuffle buffer size.' },
        { id: 'lower-lr', text: 'Use a smaller learning rate.' },
      ],
      answers: ['parallel', 'prefetch', 'cache'],
      explanation:
        'An input-bound run is limited by how fast batches are produced. Parallel map uses more CPU cores, prefetch overlaps data preparation with training, and cache removes repeated decoding. A larger shuffle buffer improves randomness but costs memory and start-up time, and the learning rate changes what the model learns, not how fast data arrives.',
    },
  ],
});
