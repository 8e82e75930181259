import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'regularization',
  questions: [
    {
      id: 'dropout-inference',
      type: 'single',
      prompt: 'A model contains `Dropout(0.5)`. What does that layer do when you call `model.predict` on new images?',
      options: [
        { id: 'drops-half', text: 'It still zeroes a random half of its inputs, so predictions vary between calls.' },
        { id: 'halves', text: 'It multiplies every input by 0.5 to compensate for training with dropout.' },
        { id: 'identity', text: 'Nothing: it passes its inputs through unchanged.' },
        { id: 'fixed-mask', text: 'It applies the last dropout mask used in training, so the result is deterministic.' },
      ],
      answer: 'identity',
      explanation:
        'Keras uses inverted dropout: during training the surviving activations are multiplied by 1 / (1 - rate), so their expected sum already matches what the layer sees at inference. With training=False (predict, evaluate) the layer is the identity and nothing needs rescaling.',
    },
    {
      id: 'bn-non-trainable',
      type: 'numeric',
      prompt: 'A `BatchNormalization` layer follows a `Conv2D` layer with 48 filters. How many of the batch-normalization layer\'s parameters are non-trainable?',
      answer: 96,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Batch normalization keeps four values per channel: gamma and beta (learned by gradient descent) and the moving mean and moving variance (updated as running averages, not by gradients). With 48 channels that is 4 x 48 = 192 parameters, of which 2 x 48 = 96 are non-trainable.',
    },
    {
      id: 'mnist-augmentation',
      type: 'multiple',
      prompt: 'Which augmentation layers are sensible for training a handwritten-digit classifier on MNIST? Select all that apply.',
      options: [
        { id: 'rotation', text: '`RandomRotation(0.05)`' },
        { id: 'translation', text: '`RandomTranslation(0.1, 0.1)`' },
        { id: 'flip', text: '`RandomFlip("horizontal")`' },
        { id: 'zoom', text: '`RandomZoom(0.1)`' },
      ],
      answers: ['rotation', 'translation', 'zoom'],
      explanation:
        'An augmentation must keep the label true. Small rotations, shifts and zooms still look like the same digit. A horizontal flip turns a 2, 3, 7 or 9 into a shape that is not a valid digit (and can make some digits resemble others), so it teaches the model wrong examples.',
    },
    {
      id: 'early-stopping',
      type: 'single',
      prompt:
        'You train with `EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)`. The validation loss is lowest after epoch 7 and never improves again. After which epoch does training stop, and which weights does the model hold?',
      options: [
        { id: 'e7-e7', text: 'It stops after epoch 7 and keeps the epoch-7 weights.' },
        { id: 'e10-e10', text: 'It stops after epoch 10 and keeps the epoch-10 weights.' },
        { id: 'e10-e7', text: 'It stops after epoch 10 and restores the epoch-7 weights.' },
        { id: 'e8-e7', text: 'It stops after epoch 8 and restores the epoch-7 weights.' },
      ],
      answer: 'e10-e7',
      explanation:
        'Patience counts epochs without improvement: epochs 8, 9 and 10 bring no new best, so training stops after epoch 10. Because restore_best_weights=True, the callback then copies back the weights saved at the best epoch, epoch 7. Without that flag the model would keep the slightly worse epoch-10 weights.',
    },
    {
      id: 'bias-before-bn',
      type: 'single',
      prompt: 'Why does the module build its convolutions with `use_bias=False` when a `BatchNormalization` layer comes right after them?',
      options: [
        { id: 'redundant', text: 'Batch normalization subtracts the channel mean and adds its own learned offset, so a bias would have no effect.' },
        { id: 'required', text: 'Keras raises an error if a biased layer feeds a BatchNormalization layer.' },
        { id: 'regularize', text: 'Removing the bias is a form of L2 regularization.' },
        { id: 'speed-only', text: 'Biases make the convolution slower on GPUs, with no other consequence.' },
      ],
      answer: 'redundant',
      explanation:
        'Any constant added per channel by the convolution is removed again when batch normalization subtracts the channel mean, and beta then supplies a learned offset. Keeping the bias wastes parameters without changing what the model can express; Keras would not complain either way.',
    },
  ],
});
