import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'capstone',
  questions: [
    {
      id: 'non-trainable',
      type: 'numeric',
      prompt:
        'The capstone CNN has BatchNormalization layers after convolutions with 32, 64 and 128 filters. How many non-trainable parameters does the model have in total?',
      answer: 448,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Each BatchNormalization layer keeps a moving mean and a moving variance per channel, updated from batch statistics rather than by gradients: 2 × (32 + 64 + 128) = 448. Its other two vectors, gamma and beta, are trainable. Every other layer in the model is fully trainable or has no weights.',
    },
    {
      id: 'gap-shape',
      type: 'shape',
      prompt:
        'The last convolution block outputs (None, 7, 7, 128). What is the output shape of the `GlobalAveragePooling2D` layer that follows it?',
      dims: [null, 128],
      batchOptional: true,
      placeholder: '(None, ...)',
      explanation:
        'Global average pooling averages each 7×7 feature map down to one number, so 128 channels become a vector of 128 per image: (None, 128). A Flatten layer would instead give (None, 6272), and the classifier would need about 62,700 weights instead of 1,290.',
    },
    {
      id: 'precision',
      type: 'numeric',
      prompt:
        'In the test confusion matrix, the model predicts "Shirt" for 900 images. 720 of them really are shirts; the rest are T-shirts, pullovers and coats. What is the precision for the Shirt class? (Give a decimal between 0 and 1.)',
      answer: 0.8,
      tolerance: 0.005,
      explanation:
        'Precision is the fraction of predictions of a class that are correct: 720 / 900 = 0.8. It is read down the Shirt column of the confusion matrix. Recall, read along the Shirt row, would instead divide the 720 correct predictions by the number of true shirts (1,000 in the Fashion-MNIST test set), giving 0.72.',
    },
    {
      id: 'splits',
      type: 'single',
      prompt: 'Why does the capstone make every decision (epochs, learning-rate schedule, architecture changes) on the validation set and open the test set only once?',
      options: [
        { id: 'unbiased', text: 'Each decision based on a score fits the model a little to that data, so only untouched data gives an unbiased final estimate.' },
        { id: 'size', text: 'The test set is too small to train on.' },
        { id: 'keras', text: 'Keras does not allow `evaluate` to be called more than once per model.' },
        { id: 'augment', text: 'The test set is augmented, so its scores are noisier.' },
      ],
      answer: 'unbiased',
      explanation:
        'Choosing the best of several options by their validation score selects for luck on that particular set as well as real quality. The validation set absorbs that bias; the test set, used once, still measures how the finished model does on new data. If you tuned on the test set, you would have no honest number left to report.',
    },
    {
      id: 'error-piles',
      type: 'single',
      prompt:
        'Among the most confident mistakes, you find an image labelled "Shirt" that clearly shows a coat, exactly as the model predicted. What is the right response?',
      options: [
        { id: 'label-noise', text: 'Treat it as label noise: count it, and fix the label or accept it as a ceiling, instead of training harder.' },
        { id: 'more-epochs', text: 'Train for more epochs until the model predicts "Shirt" for it.' },
        { id: 'bigger', text: 'Double the model size so it can fit this image.' },
        { id: 'remove-class', text: 'Remove the Coat class from the dataset.' },
      ],
      answer: 'label-noise',
      explanation:
        'The model is right and the label is wrong. Forcing the model to reproduce the wrong label would only teach it noise. Counting how many confident mistakes are label errors tells you how much of the remaining error is not the model\'s fault at all, which sets realistic expectations and directs effort to the errors that more capacity, augmentation or transfer learning can fix.',
    },
  ],
});
