import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'first-network',
  questions: [
    {
      id: 'dense-params',
      type: 'numeric',
      prompt: 'A `Dense(64)` layer receives vectors of 100 features. How many parameters does it have?',
      answer: 6464,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Every one of the 64 units has one weight per input feature plus one bias: 100 × 64 + 64 = 6,464. The batch size plays no part, because the same weights are applied to every example.',
    },
    {
      id: 'no-activation',
      type: 'single',
      prompt: 'You stack three `Dense` layers without any activation functions. What can this network represent?',
      options: [
        { id: 'linear', text: 'Only a linear function of its input: the three layers are equivalent to a single Dense layer.' },
        { id: 'deeper', text: 'More complex functions than one layer, because each layer adds depth.' },
        { id: 'nothing', text: 'Nothing: Keras refuses to train Dense layers without an activation.' },
        { id: 'relu', text: 'The same as with ReLU, since Dense applies ReLU by default.' },
      ],
      answer: 'linear',
      explanation:
        'A composition of linear (affine) maps is itself an affine map, so without nonlinearities extra layers add parameters but no expressive power. Keras\'s Dense layer has no activation by default (linear), which is why hidden layers name one explicitly, e.g. `activation="relu"`.',
    },
    {
      id: 'output-activation',
      type: 'single',
      prompt: 'Which output layer fits a model that must choose exactly one of 10 digit classes?',
      options: [
        { id: 'softmax', text: '`Dense(10, activation="softmax")`' },
        { id: 'relu', text: '`Dense(10, activation="relu")`' },
        { id: 'sigmoid-1', text: '`Dense(1, activation="sigmoid")`' },
        { id: 'linear-1', text: '`Dense(1)` predicting the digit as a number' },
      ],
      answer: 'softmax',
      explanation:
        'Softmax over 10 units gives a probability for each class that sums to 1, which is what categorical cross-entropy expects. ReLU outputs are not probabilities, one sigmoid unit answers a yes/no question, and predicting the digit as a number would treat 7 as "closer" to 8 than to 1, which means nothing for classes.',
    },
    {
      id: 'predict-shape',
      type: 'shape',
      prompt: 'The MNIST model ends in `Dense(10, activation="softmax")`. What is the shape of `model.predict(x_test[:5])`?',
      dims: [5, 10],
      placeholder: '(rows, columns)',
      explanation:
        'predict returns one row per input image and one column per output unit: 5 images × 10 class probabilities. Use `argmax(axis=1)` to turn each row into the predicted digit.',
    },
  ],
});
