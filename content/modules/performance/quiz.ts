import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'performance',
  questions: [
    {
      id: 'bottleneck',
      type: 'numeric',
      prompt:
        'Your input pipeline alone delivers 40 batches per second. The model trains at 120 steps per second on a cached, repeated batch. With `prefetch` overlapping the two perfectly, about how many steps per second can training on the real pipeline reach?',
      answer: 40,
      tolerance: 2,
      unit: 'steps/s',
      explanation:
        'With prefetching, data preparation and computation overlap, so each step takes as long as the slower half. The pipeline is the slower half (40 batches/s < 120 steps/s), so training runs at about 40 steps/s: the job is input-bound. Making the model faster with mixed precision or XLA would change nothing; speeding up the pipeline would.',
    },
    {
      id: 'input-fixes',
      type: 'multiple',
      prompt: 'A job is input-bound. Which changes can raise its training throughput? Select all that apply.',
      options: [
        { id: 'parallel-map', text: 'Use `num_parallel_calls=tf.data.AUTOTUNE` in `map`.' },
        { id: 'cache', text: 'Cache the decoded, resized images after the first epoch.' },
        { id: 'gpu-augment', text: 'Move augmentation into the model as layers, so it runs on the accelerator.' },
        { id: 'mixed', text: 'Switch the policy to `mixed_float16`.' },
        { id: 'xla', text: 'Compile the model with `jit_compile=True`.' },
      ],
      answers: ['parallel-map', 'cache', 'gpu-augment'],
      explanation:
        'An input-bound step is limited by how fast batches are produced. Parallel map, caching and moving augmentation work off the CPU all produce batches faster. Mixed precision and XLA make the accelerator faster, but it is already waiting for data, so they leave throughput unchanged.',
    },
    {
      id: 'dtypes',
      type: 'single',
      prompt: 'Under the `mixed_float16` policy, how does a `Dense` layer handle its dtypes?',
      options: [
        { id: 'mixed', text: 'It computes in float16 and stores its weights in float32.' },
        { id: 'all16', text: 'It computes and stores its weights in float16, halving the memory of the weights.' },
        { id: 'all32', text: 'It computes and stores in float32; only the input data is converted to float16.' },
        { id: 'reverse', text: 'It computes in float32 and stores its weights in float16.' },
      ],
      answer: 'mixed',
      explanation:
        'The compute dtype is float16, which is what makes Tensor Cores fast; the variable dtype stays float32. The optimizer updates the float32 master weights, so small updates are not rounded to zero, as they would be if the weights themselves were float16. The layer casts the weights to float16 for each computation.',
    },
    {
      id: 'loss-scaling',
      type: 'single',
      prompt: 'What problem does loss scaling solve in mixed-precision training?',
      options: [
        { id: 'underflow', text: 'Small gradients underflow to zero in float16; scaling the loss up scales them into range, and they are divided back before the update.' },
        { id: 'overflow', text: 'Large losses overflow float32; scaling divides the loss so it fits.' },
        { id: 'lr', text: 'It replaces the learning-rate schedule, which does not work with float16.' },
        { id: 'softmax', text: 'It makes the softmax output sum to one in float16.' },
      ],
      answer: 'underflow',
      explanation:
        'float16 cannot represent magnitudes below about 6e-8, and many gradients are smaller than that. Multiplying the loss by a scale factor multiplies every gradient by the same factor (chain rule), keeping them representable; the optimizer divides them back before applying them, so the update is mathematically unchanged. Keras 3 adds this automatically when compiling under mixed_float16.',
    },
    {
      id: 'xla-shapes',
      type: 'single',
      prompt: 'After enabling `jit_compile=True`, the very first training step takes several seconds, and so does the last step of the first epoch; later epochs run at full speed. What most likely makes that last step slow?',
      options: [
        { id: 'recompile', text: 'The last batch is smaller, so XLA compiles a second program for that new shape.' },
        { id: 'profiler', text: 'XLA turns on the profiler at the end of the first epoch.' },
        { id: 'gpu-memory', text: 'XLA frees all GPU memory after the first epoch and has to reallocate it.' },
        { id: 'float16', text: 'XLA switches the last batch to float16.' },
      ],
      answer: 'recompile',
      explanation:
        'XLA compiles a program for each input shape it sees. The first steps pay for compilation; a smaller final batch is a new shape and triggers another compilation. Both programs are then cached, so later epochs are fast. `batch(..., drop_remainder=True)` or padding to fixed sizes keeps every step on the same compiled program.',
    },
  ],
});
