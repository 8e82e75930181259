import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'training',
  questions: [
    {
      id: 'curve-diagnosis',
      type: 'single',
      prompt: 'After 30 epochs the training loss is still falling, but the validation loss reached its minimum at epoch 12 and has risen since. What is happening?',
      options: [
        { id: 'overfitting', text: 'The model is overfitting: it has started memorising the training set.' },
        { id: 'underfitting', text: 'The model is underfitting and needs more epochs.' },
        { id: 'lr-low', text: 'The learning rate is too low.' },
        { id: 'fine', text: 'Nothing is wrong: the training loss is what the optimiser minimises.' },
      ],
      answer: 'overfitting',
      explanation:
        'A widening gap, with training loss falling and validation loss rising, is the signature of overfitting: improvements on the training data no longer carry over to new data. The weights around epoch 12 generalise best. Underfitting would show both losses high and close together.',
    },
    {
      id: 'loss-choice',
      type: 'single',
      prompt: 'A model predicts whether an email is spam. Which output layer and loss belong together?',
      options: [
        { id: 'sigmoid-bce', text: '`Dense(1, activation="sigmoid")` with `binary_crossentropy`' },
        { id: 'linear-mse', text: '`Dense(1)` with `mean_squared_error`' },
        { id: 'softmax-sparse-1', text: '`Dense(1, activation="softmax")` with `sparse_categorical_crossentropy`' },
        { id: 'relu-bce', text: '`Dense(1, activation="relu")` with `binary_crossentropy`' },
      ],
      answer: 'sigmoid-bce',
      explanation:
        'A sigmoid squeezes one score into a probability between 0 and 1, which is what binary cross-entropy compares with the 0/1 label. Softmax over a single unit always outputs 1, ReLU outputs are not probabilities, and a linear output trained with MSE treats the label as an unbounded number rather than a probability.',
    },
    {
      id: 'test-set',
      type: 'single',
      prompt: 'You tried five learning rates and kept the one with the best test-set accuracy. What is the problem?',
      options: [
        { id: 'leak', text: 'The test set guided a decision, so its accuracy is now an optimistic estimate; the choice should have been made on the validation set.' },
        { id: 'none', text: 'None, the test set is the most reliable data to choose with.' },
        { id: 'too-few', text: 'Five learning rates are too few to find the best one.' },
        { id: 'training-set', text: 'The learning rate should have been chosen by training-set accuracy.' },
      ],
      answer: 'leak',
      explanation:
        'Any choice made by looking at a dataset fits the model to that dataset a little. After choosing by test accuracy, the test score no longer measures performance on unseen data. Use the validation set for choices and keep the test set for one final report. Training accuracy would favour whatever memorises best.',
    },
    {
      id: 'lr-too-high',
      type: 'multiple',
      prompt: 'Which symptoms point to a learning rate that is too high? Select all that apply.',
      options: [
        { id: 'nan', text: 'The loss becomes `nan` after a few batches.' },
        { id: 'jumps', text: 'The training loss jumps up and down instead of decreasing.' },
        { id: 'slow', text: 'The loss decreases steadily but very slowly.' },
        { id: 'gap', text: 'Training loss is much lower than validation loss.' },
      ],
      answers: ['nan', 'jumps'],
      explanation:
        'Oversized steps overshoot the minimum, so the loss oscillates, climbs or overflows to nan. A steady but slow decrease suggests the opposite, a learning rate that is too low. A gap between training and validation loss is a sign of overfitting, not of the step size.',
    },
  ],
});
