import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'custom-components',
  questions: [
    {
      id: 'gated-params',
      type: 'numeric',
      prompt:
        'The module\'s `GatedDense(units)` layer creates a kernel (in_dim x units), a bias (units), a gate kernel (in_dim x units) and a gate bias (units). How many parameters does `GatedDense(10)` have when it receives inputs of shape (None, 32)?',
      answer: 660,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'build sees in_dim = 32. Each of the two branches has a 32 x 10 kernel and 10 biases: 320 + 10 = 330. Two branches give 2 x 330 = 660 parameters.',
    },
    {
      id: 'why-build',
      type: 'single',
      prompt: 'Why does a custom layer create its weights in `build(input_shape)` rather than in `__init__`?',
      options: [
        { id: 'shape-known', text: 'The input size is only known when the layer first sees an input, and the kernel shape depends on it.' },
        { id: 'faster', text: 'Weights created in __init__ are not trainable.' },
        { id: 'gpu', text: 'Weights created in __init__ always live on the CPU.' },
        { id: 'config', text: 'get_config can only see weights created in build.' },
      ],
      answer: 'shape-known',
      explanation:
        'A layer such as GatedDense(8) can follow inputs of any width. Keras calls build once with the actual input shape, so the layer can size its kernel (in_dim x units) correctly. Weights made with add_weight in __init__ would also be trainable, but you would have to know the input size up front.',
    },
    {
      id: 'load-fails',
      type: 'single',
      prompt:
        'A model with a custom layer `Scale(factor)` saves fine, but `keras.models.load_model` fails with a TypeError about a missing argument `factor`. The class is registered. What is the most likely cause?',
      options: [
        { id: 'config', text: '`get_config` does not include "factor", so Keras cannot pass it back to `__init__`.' },
        { id: 'build', text: 'The layer has no `build` method.' },
        { id: 'ops', text: 'The layer uses keras.ops instead of TensorFlow functions.' },
        { id: 'format', text: 'The .keras format cannot store custom layers; use HDF5.' },
      ],
      answer: 'config',
      explanation:
        'Loading rebuilds each layer as cls(**config). If get_config only returns the base configuration (name, dtype, trainable), the constructor is called without factor and fails. Add every __init__ argument to the dictionary returned by get_config.',
    },
    {
      id: 'metric-state',
      type: 'single',
      prompt:
        'Why does the `WithinTolerance` metric keep running sums of hits and counts in variables instead of averaging the hit rate of each batch?',
      options: [
        { id: 'exact', text: 'Sums give the exact epoch value even when batches have different sizes, such as a smaller last batch.' },
        { id: 'gradients', text: 'Variables let gradients flow from the metric into the model.' },
        { id: 'required', text: 'Metrics may only return integers.' },
        { id: 'speed', text: 'Averaging batch results would require a second pass over the data.' },
      ],
      answer: 'exact',
      explanation:
        'An average of per-batch rates weights a 16-example final batch as much as a full batch of 64, so it is biased. Accumulating total hits and total examples in update_state and dividing in result gives the true fraction over the epoch. Metrics are never differentiated; they only report.',
    },
    {
      id: 'loss-return',
      type: 'single',
      prompt: 'What should the `call(y_true, y_pred)` method of a `keras.losses.Loss` subclass return for a batch of 64 examples?',
      options: [
        { id: 'per-example', text: 'One loss value per example (64 values); the base class reduces them and applies sample weights.' },
        { id: 'scalar', text: 'A single scalar already averaged over the batch, so sample weights are applied afterwards by fit.' },
        { id: 'gradients', text: 'The gradient of the loss with respect to y_pred.' },
        { id: 'sum', text: 'The sum of the per-example losses, which Keras then divides by the batch size.' },
      ],
      answer: 'per-example',
      explanation:
        'Loss.__call__ takes the per-example values returned by call, multiplies them by any sample weights, and reduces them (by default, the mean over the batch). Returning an already reduced scalar would make per-example sample weights impossible. Keras computes gradients itself.',
    },
  ],
});
