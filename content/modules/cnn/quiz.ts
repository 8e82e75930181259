import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'cnn',
  questions: [
    {
      id: 'conv-role',
      type: 'single',
      prompt: 'What is the primary function of the convolutional layers in a CNN?',
      options: [
        { id: 'local-features', text: 'They slide small learned filters over the input to detect local patterns such as edges and curves, wherever they appear.' },
        { id: 'downsample', text: 'They shrink the feature maps by keeping the largest value in each window.' },
        { id: 'classify', text: 'They turn the flattened features into class probabilities.' },
        { id: 'normalise', text: 'They rescale pixel values to the range 0-1 before training.' },
      ],
      answer: 'local-features',
      explanation:
        'A convolutional layer applies the same small filters at every position, so each filter becomes a detector for one local pattern and its output map shows where that pattern occurs. Downsampling is the pooling layer\'s job, class probabilities come from the final dense softmax layer, and scaling pixels is preprocessing.',
    },
    {
      id: 'prevent-overfitting',
      type: 'single',
      prompt: 'Your CNN reaches 99.9% training accuracy while validation accuracy has dropped for three epochs. Which technique is commonly used to prevent this overfitting?',
      options: [
        { id: 'more-epochs', text: 'Train for more epochs so the validation accuracy can catch up.' },
        { id: 'dropout', text: 'Add dropout (or data augmentation, or early stopping) so the network cannot simply memorise the training images.' },
        { id: 'bigger-dense', text: 'Widen the dense layer so the model has more capacity.' },
        { id: 'remove-validation', text: 'Drop the validation split and train on all the data, then judge the model by its training accuracy.' },
      ],
      answer: 'dropout',
      explanation:
        'Falling validation accuracy with near-perfect training accuracy means the model is memorising. Dropout, augmentation and early stopping all limit memorisation. More epochs and a wider layer make memorising easier, and judging by training accuracy hides the problem instead of fixing it.',
    },
    {
      id: 'conv-params',
      type: 'numeric',
      prompt: 'A `Conv2D(64, (3, 3))` layer receives feature maps with 32 channels. How many parameters (weights and biases) does it have?',
      answer: 18496,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Each of the 64 filters has 3 × 3 × 32 = 288 weights, one per kernel position per input channel, plus one bias: 64 × (288 + 1) = 18,496. The size of the image does not matter, because the same filter weights are reused at every position.',
    },
    {
      id: 'conv-output-shape',
      type: 'shape',
      prompt: 'A batch of 28 × 28 grey-scale images, shape `(None, 28, 28, 1)`, goes through `Conv2D(32, (3, 3))` with the default padding. What is the output shape?',
      dims: [null, 26, 26, 32],
      batchOptional: true,
      placeholder: '(None, height, width, channels)',
      explanation:
        'With `padding="valid"` a 3 × 3 filter cannot be centred on the outer ring of pixels, so height and width each lose 2: 28 - 3 + 1 = 26. The channel count becomes the number of filters, 32. The batch size stays unknown (None).',
    },
    {
      id: 'label-loss',
      type: 'single',
      prompt: 'You compile with `loss="sparse_categorical_crossentropy"`. In which form should the MNIST labels be passed to `fit`?',
      options: [
        { id: 'integers', text: 'As integer class indices, e.g. 7, straight from `mnist.load_data()`.' },
        { id: 'one-hot', text: 'As one-hot vectors made with `keras.utils.to_categorical`.' },
        { id: 'either', text: 'Either form; Keras converts between them automatically.' },
        { id: 'scaled', text: 'As floats divided by 9 so they lie between 0 and 1.' },
      ],
      answer: 'integers',
      explanation:
        'The sparse loss expects one integer class index per example, shape (batch,). One-hot labels of shape (batch, 10) belong with `categorical_crossentropy`; pairing them with the sparse loss fails with a shape error. Scaling labels would turn classes into meaningless regression targets.',
    },
  ],
});
