import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'autoencoders',
  questions: [
    {
      id: 'code-16',
      type: 'numeric',
      prompt: 'You shrink the bottleneck of `dense_autoencoder` from 32 to 16 units (784 → 128 → 16 → 128 → 784). How many parameters does the model have now?',
      answer: 205856,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Only the two layers touching the bottleneck change. enc_1: 784 x 128 + 128 = 100,480. code: 128 x 16 + 16 = 2,064. dec_1: 16 x 128 + 128 = 2,176. reconstruction: 128 x 784 + 784 = 101,136. Total 205,856, barely smaller: the outer layers dominate the size, while the bottleneck decides how much information gets through.',
    },
    {
      id: 'transpose-shape',
      type: 'shape',
      prompt: 'What is the output shape of `layers.Conv2DTranspose(8, 3, strides=2, padding="same")` applied to a tensor of shape `(None, 7, 7, 16)`?',
      dims: [null, 14, 14, 8],
      batchOptional: true,
      placeholder: '(None, height, width, channels)',
      explanation:
        'With `padding="same"`, a transposed convolution with stride 2 multiplies height and width by exactly 2, so 7 x 7 becomes 14 x 14, and the number of filters sets the channels: `(None, 14, 14, 8)`. This is how the decoder mirrors each 2 x 2 pooling step of the encoder.',
    },
    {
      id: 'denoise-pairs',
      type: 'single',
      prompt: 'Which training pairs turn the convolutional autoencoder into a denoising autoencoder?',
      options: [
        { id: 'noisy-clean', text: 'Noisy images as inputs, the original clean images as targets.' },
        { id: 'clean-noisy', text: 'Clean images as inputs, noisy images as targets.' },
        { id: 'noisy-noisy', text: 'Noisy images as both inputs and targets.' },
        { id: 'clean-labels', text: 'Clean images as inputs, digit labels as targets.' },
      ],
      answer: 'noisy-clean',
      explanation:
        'The network sees corrupted inputs and is penalised for any difference from the clean original, so it must learn what digits look like in order to remove the noise. With noisy targets it would learn to reproduce the noise; with labels it would be a classifier, not an autoencoder.',
    },
    {
      id: 'threshold',
      type: 'single',
      prompt: 'The module sets the anomaly threshold at the 99th percentile of reconstruction errors on held-out MNIST digits. What does that choice mean?',
      options: [
        { id: 'false-alarms', text: 'About 1% of normal inputs will be flagged as anomalies; it fixes the false-alarm rate, not the detection rate.' },
        { id: 'detect-99', text: '99% of anomalies will be detected.' },
        { id: 'accuracy', text: 'The detector will be 99% accurate on any mix of normal and anomalous data.' },
        { id: 'train-errors', text: 'Nothing in particular; it would be equivalent to use the training errors.' },
      ],
      answer: 'false-alarms',
      explanation:
        'By construction, 1% of held-out normal examples score above the 99th percentile of their own errors, and future normal data from the same distribution behaves alike. How many anomalies are caught depends on how badly they reconstruct, which the percentile does not control. Training errors are optimistically low, so a threshold taken from them would raise more false alarms than intended.',
    },
    {
      id: 'wide-bottleneck',
      type: 'single',
      prompt: 'A colleague widens the bottleneck to 784 units "so nothing is lost". Reconstruction loss drops close to zero. Why is this autoencoder now nearly useless for anomaly detection?',
      options: [
        { id: 'identity', text: 'With no compression it can approximate the identity function, so it reconstructs anything well, anomalies included.' },
        { id: 'overfit-labels', text: 'It overfits the labels of the training set.' },
        { id: 'too-slow', text: 'It becomes too slow to score new inputs.' },
        { id: 'sigmoid', text: 'A sigmoid output cannot represent 784 values.' },
      ],
      answer: 'identity',
      explanation:
        'Anomaly detection relies on the bottleneck: only patterns common in training data fit through it, so unusual inputs come out badly. A bottleneck as wide as the input lets the network pass pixels through almost unchanged, and then normal and anomalous inputs get similarly small errors. Autoencoders use no labels, and speed is not the issue.',
    },
  ],
});
