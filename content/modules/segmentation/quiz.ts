import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'segmentation',
  questions: [
    {
      id: 'output-shape',
      type: 'shape',
      prompt:
        'The U-Net from this module takes `keras.Input(shape=(128, 128, 3))` and ends with `Conv2D(3, 1)`. What is `model.output_shape`?',
      dims: [null, 128, 128, 3],
      placeholder: '(None, height, width, channels)',
      explanation:
        'Segmentation predicts class scores at every pixel. Three poolings take 128 down to 16, three stride-2 Conv2DTranspose layers bring it back to 128, and the 1x1 convolution maps the 16 features at each pixel to 3 class logits: (None, 128, 128, 3). The batch dimension stays None.',
    },
    {
      id: 'dice',
      type: 'numeric',
      prompt:
        'For the pet class, the predicted mask covers 40 pixels, the true mask covers 50 pixels, and 30 pixels are in both. What is the Dice score? (Give a decimal between 0 and 1.)',
      answer: 0.6667,
      tolerance: 0.01,
      explanation:
        'Dice = 2·|P ∩ T| / (|P| + |T|) = 2·30 / (40 + 50) = 60 / 90 ≈ 0.667. The IoU of the same masks is 30 / (40 + 50 − 30) = 0.5, and indeed 2·0.5 / (1 + 0.5) ≈ 0.667: Dice is always at least as large as IoU.',
    },
    {
      id: 'skips',
      type: 'single',
      prompt: 'A plain encoder-decoder produces blobby masks. Why do U-Net skip connections make the boundaries sharper?',
      options: [
        { id: 'detail', text: 'They give each decoder stage the encoder features of the same resolution, which still know where edges are.' },
        { id: 'params', text: 'They add many more parameters to the decoder, so it can memorise outlines.' },
        { id: 'softmax', text: 'They apply a softmax at every resolution, so each level makes its own prediction.' },
        { id: 'pooling', text: 'They remove the pooling layers, so the image is never downsampled.' },
      ],
      answer: 'detail',
      explanation:
        'Pooling keeps what was found but discards exactly where it was. Concatenating the same-resolution encoder feature map into the decoder restores that location detail, so the decoder combines deep "what" features with shallow "where" features. The pooling is still there, and the extra parameters are a side effect, not the reason.',
    },
    {
      id: 'accuracy-trap',
      type: 'single',
      prompt:
        'Background covers 90% of the pixels in a dataset. A model that predicts "background" for every pixel is evaluated. Which statement is true?',
      options: [
        { id: 'iou-zero', text: 'Its pixel accuracy is 90%, but its IoU for the pet class is 0, so mean IoU exposes the failure.' },
        { id: 'both-high', text: 'Both pixel accuracy and mean IoU are about 90%, so the model is acceptable.' },
        { id: 'dice-high', text: 'Its Dice score for the pet class is 0.9 because Dice weights large classes more.' },
        { id: 'acc-zero', text: 'Its pixel accuracy is 0% because it never predicts the pet class.' },
      ],
      answer: 'iou-zero',
      explanation:
        'Nine pixels in ten are right, so accuracy is 90%. For the pet class the predicted region is empty, so the intersection is 0 and IoU (and Dice) is 0. Averaged over classes, mean IoU is pulled far down, which is why segmentation is judged per class by overlap, not by pixel accuracy.',
    },
    {
      id: 'transpose-params',
      type: 'numeric',
      prompt:
        'How many parameters does `Conv2DTranspose(32, 3, strides=2, padding="same")` have when its input has 64 channels?',
      answer: 18464,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'A transposed convolution has one 3x3 kernel per (input channel, output channel) pair plus one bias per output channel: 3·3·64·32 + 32 = 18,432 + 32 = 18,464. The stride changes the output size, not the number of weights. This is the dec_up1 row of the printed summary.',
    },
  ],
});
