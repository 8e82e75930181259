import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'generative',
  questions: [
    {
      id: 'reparam',
      type: 'single',
      prompt: 'Why does the VAE compute `z = z_mean + exp(0.5 * z_log_var) * epsilon` instead of drawing `z` directly from a normal distribution with that mean and variance?',
      options: [
        { id: 'gradients', text: 'It moves the randomness into `epsilon`, so `z` is a differentiable function of the mean and log-variance and gradients can reach the encoder.' },
        { id: 'faster', text: 'Drawing from a normal distribution with arbitrary mean is slower on GPUs.' },
        { id: 'deterministic', text: 'It makes `z` deterministic, so the decoder always sees the same code for an image.' },
        { id: 'kl', text: 'Without it the KL divergence cannot be computed.' },
      ],
      answer: 'gradients',
      explanation:
        'Backpropagation cannot pass through "sample a random number". Writing the sample as mean plus standard deviation times independent noise keeps the same distribution while making `z` depend smoothly on the encoder outputs. `z` is still random (epsilon changes every step), and the KL term is computed from the mean and log-variance directly, with or without the trick.',
    },
    {
      id: 'latent-params',
      type: 'numeric',
      prompt: 'You shrink the GAN\'s noise vector from `LATENT = 100` to `LATENT = 64`. How many parameters does the generator\'s first layer, `g_dense` (Dense with 7 x 7 x 128 units), have now?',
      answer: 407680,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Dense parameters are inputs x units + units. The layer has 7 x 7 x 128 = 6,272 units, so 64 x 6,272 + 6,272 = 401,408 + 6,272 = 407,680 (down from 633,472 with 100 inputs). The rest of the generator is unchanged.',
    },
    {
      id: 'stride-shape',
      type: 'shape',
      prompt: 'In the generator, you change `g_up_2` to `strides=1` and leave everything else as it is. What is the output shape of `g_image` now?',
      dims: [null, 14, 14, 1],
      batchOptional: true,
      placeholder: '(None, height, width, channels)',
      explanation:
        'Only `g_up_1` still doubles the 7 x 7 block, to 14 x 14. With stride 1 and `padding="same"`, `g_up_2` keeps 14 x 14 (with 64 channels), and `g_image` is a same-padded Conv2D with one filter: `(None, 14, 14, 1)`. The discriminator expects 28 x 28 images, so training would now fail with a shape error.',
    },
    {
      id: 'generator-step',
      type: 'multiple',
      prompt: 'Which statements about the generator step in the module\'s `GAN.train_step` are true? Select all that apply.',
      options: [
        { id: 'only-g', text: 'Gradients flow through the discriminator, but only the generator\'s weights are updated.' },
        { id: 'label-one', text: 'The fakes are labelled 1 ("real") because the generator is rewarded for fooling the discriminator.' },
        { id: 'real-images', text: 'Real images are needed to compute the generator loss.' },
        { id: 'd-improves', text: 'The step also makes the discriminator better at spotting fakes.' },
      ],
      answers: ['only-g', 'label-one'],
      explanation:
        'The loss depends on the discriminator\'s verdict, so the tape differentiates through it, but `apply_gradients` receives only `self.generator.trainable_weights`. Labelling fakes as real is the non-saturating generator loss. Real images appear only in the discriminator step, and the discriminator is improved only there.',
    },
    {
      id: 'collapse',
      type: 'single',
      prompt: 'After 20 epochs the GAN losses look stable, but classifying 2,000 samples gives counts `[3, 1412, 2, 5, 9, 1, 4, 551, 6, 7]`. What is happening and what is a sensible first response?',
      options: [
        { id: 'collapse', text: 'Mode collapse onto 1s and 7s; balance the training (e.g. lower learning rates, regularise the discriminator with dropout, label smoothing or spectral normalization) and monitor the class counts.' },
        { id: 'fine', text: 'Training is healthy: stable losses prove the generator covers the data.' },
        { id: 'judge', text: 'The classifier is broken; generated digits are always diverse.' },
        { id: 'more-epochs', text: 'Mode collapse, which always fixes itself with more epochs at the same settings.' },
      ],
      answer: 'collapse',
      explanation:
        'A healthy generator would produce roughly 200 of each digit. Almost all samples are 1s and 7s, the signature of mode collapse, which GAN losses do not reveal. It rarely resolves by itself; the usual first steps are to stabilise the adversarial game (learning rates, a less overconfident discriminator) or to change the loss, for example to Wasserstein with gradient penalty.',
    },
  ],
});
