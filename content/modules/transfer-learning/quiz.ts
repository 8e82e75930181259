import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'transfer-learning',
  questions: [
    {
      id: 'head-params',
      type: 'numeric',
      prompt:
        'A frozen MobileNetV2 backbone outputs a (None, 5, 5, 1280) feature map. The head is `GlobalAveragePooling2D()` followed by `Dense(5, activation="softmax")`. How many trainable parameters does the whole model have?',
      answer: 6405,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'The frozen backbone contributes no trainable parameters. Global average pooling has none and turns the map into a 1,280-vector. The Dense layer has 1,280 x 5 weights plus 5 biases: 6,405.',
    },
    {
      id: 'head-first',
      type: 'single',
      prompt: 'Why train the new head with the backbone frozen before unfreezing any backbone layers?',
      options: [
        { id: 'gradients', text: 'A randomly initialised head sends large, noisy gradients that would damage the pretrained features.' },
        { id: 'api', text: 'Keras does not allow a model to be fitted twice with different trainable settings.' },
        { id: 'memory', text: 'A frozen backbone is required for the pretrained weights to finish downloading.' },
        { id: 'bn-stats', text: 'The head must learn the batch-normalization statistics before the backbone can use them.' },
      ],
      answer: 'gradients',
      explanation:
        'At the start the head is random, so its loss and gradients are large and unrelated to useful features. If the backbone were trainable, those gradients would propagate into it and overwrite what ImageNet taught it. Once the head is sensible, gradients are small and fine-tuning can adjust the backbone gently.',
    },
    {
      id: 'recompile',
      type: 'single',
      prompt: 'After `base.trainable = True` and re-freezing the first 100 layers, why must you call `model.compile` again before `fit`?',
      options: [
        { id: 'takes-effect', text: 'Changes to `trainable` take effect at compile time, and compiling also sets the new, lower learning rate.' },
        { id: 'reset', text: 'compile resets the weights of the unfrozen layers to their ImageNet values.' },
        { id: 'cosmetic', text: 'It is optional; compile only updates the progress bar and metric names.' },
        { id: 'reload', text: 'compile downloads the weights of the newly unfrozen layers.' },
      ],
      answer: 'takes-effect',
      explanation:
        'Keras decides which variables the training step updates when the model is compiled, so a trainable change without recompiling is not reliably picked up. Recompiling with a new optimizer also lets you drop the learning rate to about 1e-5 for fine-tuning. compile never resets or downloads weights.',
    },
    {
      id: 'training-false',
      type: 'single',
      prompt: 'The backbone is called as `base(x, training=False)`. What does that change during fine-tuning?',
      options: [
        { id: 'bn-inference', text: 'Its batch-normalization layers keep using their ImageNet moving statistics instead of per-batch statistics.' },
        { id: 'frozen', text: 'It freezes all backbone weights, so fine-tuning has no effect.' },
        { id: 'no-grad', text: 'No gradients reach the head.' },
        { id: 'nothing', text: 'Nothing: fit always overrides the training argument with True.' },
      ],
      answer: 'bn-inference',
      explanation:
        'training=False fixes the inference behaviour of layers inside the backbone, most importantly batch normalization, which then normalises with its stored moving mean and variance. The unfrozen convolution weights still receive gradients and learn; only the batch statistics of small new batches are kept from overwriting the ImageNet ones.',
    },
    {
      id: 'wrong-preprocessing',
      type: 'single',
      prompt: 'You feed MobileNetV2 images scaled to [0, 1] instead of the [-1, 1] it was trained with. What happens?',
      options: [
        { id: 'silent', text: 'Training runs without any error or warning, but usually ends at a lower accuracy than with the right scaling.' },
        { id: 'error', text: 'Keras raises a ValueError because the input range is checked.' },
        { id: 'same', text: 'Nothing: the first batch-normalization layer corrects the scaling automatically.' },
        { id: 'nan', text: 'The loss becomes NaN in the first epoch.' },
      ],
      answer: 'silent',
      explanation:
        'Nothing checks value ranges, so the model trains, but its frozen features were learned for a different input distribution and respond poorly. The fix is to use the preprocessing that matches the backbone: preprocess_input from its application module, or an equivalent Rescaling layer inside the model.',
    },
  ],
});
