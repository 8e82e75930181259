import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'gradient-tape',
  questions: [
    {
      id: 'derivative',
      type: 'numeric',
      prompt:
        '`x = tf.Variable(1.5)`; inside a `tf.GradientTape()` block you compute `y = 5 * x**2 + x`. What value does `tape.gradient(y, x)` return?',
      answer: 16,
      tolerance: 0.001,
      explanation:
        'The derivative of 5x^2 + x is 10x + 1. At x = 1.5 that is 15 + 1 = 16. The tape watches the variable automatically because it is a trainable tf.Variable.',
    },
    {
      id: 'none-gradient',
      type: 'single',
      prompt:
        'In your custom loop, `tape.gradient(loss, model.trainable_variables)` returns `None` for the kernel of one Dense layer. What is the most likely cause?',
      options: [
        { id: 'not-connected', text: 'That layer did not take part in computing the loss inside the tape, for example it is never called in the forward pass.' },
        { id: 'zero', text: 'The gradient happens to be exactly zero for this batch.' },
        { id: 'lr', text: 'The optimizer learning rate is too small.' },
        { id: 'metrics', text: 'The metrics were not reset at the start of the epoch.' },
      ],
      answer: 'not-connected',
      explanation:
        'GradientTape returns None when there is no recorded path from the source to the target. A zero gradient is returned as a tensor of zeros, not None. Check that the layer is used in the forward pass and that the forward pass happens inside the with block.',
    },
    {
      id: 'what-fit-did',
      type: 'multiple',
      prompt:
        'You replace `model.fit` with your own GradientTape loop. Which of these does your loop now have to do itself? Select all that apply.',
      options: [
        { id: 'training-flag', text: 'Call the model with `training=True` so dropout and batch normalization behave as in training.' },
        { id: 'layer-losses', text: 'Add `model.losses` (such as L2 penalties) to the loss.' },
        { id: 'reset', text: 'Reset the metrics at the start of every epoch.' },
        { id: 'compile', text: 'Call `model.compile` before the first step, or the optimizer cannot update the weights.' },
      ],
      answers: ['training-flag', 'layer-losses', 'reset'],
      explanation:
        'fit passes training=True, adds layer penalties to the loss and resets metrics each epoch; a hand-written loop must do all three. compile is not needed: you call your own optimizer and loss objects directly, so nothing is configured through compile.',
    },
    {
      id: 'print-once',
      type: 'single',
      prompt:
        'A `print("step")` inside a `@tf.function`-decorated `train_step` prints once, although the step runs on 100 batches that all have the same shape and dtype. Why?',
      options: [
        { id: 'tracing', text: 'Python code runs only while the function is traced into a graph; later calls run the graph, which contains no Python print.' },
        { id: 'buffered', text: 'Output is buffered and flushed only when the epoch ends.' },
        { id: 'cached', text: 'tf.function caches the loss after the first call and skips the remaining steps.' },
        { id: 'bug', text: 'Only the first batch was actually used for training.' },
      ],
      answer: 'tracing',
      explanation:
        'tf.function executes the Python body once per new input signature to build a graph, and then runs that graph. Python side effects like print happen only during tracing. Use tf.print to print from inside the graph on every step.',
    },
    {
      id: 'persistent',
      type: 'single',
      prompt: 'You call `tape.gradient(...)` twice on the same ordinary (non-persistent) tape. What happens on the second call?',
      options: [
        { id: 'error', text: 'TensorFlow raises an error, because the tape released its record after the first call.' },
        { id: 'same', text: 'It returns the same gradients again.' },
        { id: 'zeros', text: 'It returns zeros, because the gradients were already consumed.' },
        { id: 'doubled', text: 'It returns twice the gradients, accumulated over both calls.' },
      ],
      answer: 'error',
      explanation:
        'A default GradientTape frees its resources after one gradient call, and a second call raises a RuntimeError. Create it with tf.GradientTape(persistent=True) when you need several gradients from one forward pass, and delete it afterwards.',
    },
  ],
});
