import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'time-series',
  questions: [
    {
      id: 'conv-shape',
      type: 'shape',
      prompt: 'The Conv1D forecaster applies `layers.Conv1D(16, kernel_size=24)` (default `padding="valid"`) to windows of shape `(None, 48, 1)`. What is the output shape of that layer?',
      dims: [null, 25, 16],
      batchOptional: true,
      placeholder: '(None, steps, filters)',
      explanation:
        'With valid padding a kernel of length 24 fits at 48 - 24 + 1 = 25 positions, and each of the 16 filters produces one value per position: `(None, 25, 16)`. Flattening gives 400 numbers, which is why the following `Dense(1)` has 401 parameters.',
    },
    {
      id: 'dense-params',
      type: 'numeric',
      prompt: 'You lengthen the history to `WINDOW = 72` and keep the dense forecaster (`Flatten`, `Dense(32, activation="relu")`, `Dense(1)`) for one feature. How many parameters does it have?',
      answer: 2369,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'Flatten turns the (72, 1) window into 72 inputs. Dense(32): 72 x 32 + 32 = 2,336. Dense(1): 32 + 1 = 33. Total 2,369. The dense model grows with the window length, while the LSTM\'s parameter count does not depend on how many steps it reads.',
    },
    {
      id: 'random-split',
      type: 'single',
      prompt: 'Why does the module split the series by time instead of randomly assigning windows to training, validation and test?',
      options: [
        { id: 'future-leak', text: 'A random split lets the model train on hours after the ones it is evaluated on, so the score measures interpolation, not forecasting.' },
        { id: 'speed', text: 'A chronological split makes `timeseries_dataset_from_array` faster.' },
        { id: 'balance', text: 'A random split would unbalance the classes.' },
        { id: 'seasonal', text: 'Random splits remove the seasonal pattern from the training data.' },
      ],
      answer: 'future-leak',
      explanation:
        'Neighbouring windows overlap and share almost all their values. With a random split, the test window for Tuesday 10:00 has near-copies from Tuesday 09:00 and 11:00 in the training set, so the model can fill in the gap. In deployment it never sees the future, so the honest test is on a period that comes after everything it trained on.',
    },
    {
      id: 'baseline',
      type: 'single',
      prompt: 'On the module\'s validation period, a colleague\'s transformer forecaster reaches an MAE of 0.60 after a day of tuning. What is the right conclusion?',
      options: [
        { id: 'worse', text: 'It is worse than the seasonal naive forecast (0.557), which needs no training; the model has not yet learned anything useful.' },
        { id: 'good', text: 'It is good: 0.60 is close to the noise floor.' },
        { id: 'needs-test', text: 'Nothing can be said until the test set is used.' },
        { id: 'better-naive', text: 'It beats the naive baseline (0.706), so it is ready for deployment.' },
      ],
      answer: 'worse',
      explanation:
        'A model earns its complexity only by beating the strongest cheap baseline, here "same hour yesterday" at 0.557. Beating the weaker naive forecast is not enough. The floor set by the noise is about 0.40, so 0.60 is far from it, and the test period should stay untouched until the model choice is final.',
    },
    {
      id: 'floor',
      type: 'single',
      prompt: 'Why can no forecaster reach a validation MAE much below 0.40 on this series?',
      options: [
        { id: 'noise', text: 'The series contains independent noise with standard deviation 0.5, and its expected absolute value, 0.5 x sqrt(2/pi), is about 0.40; noise cannot be predicted.' },
        { id: 'trend', text: 'The upward trend makes later values impossible to predict.' },
        { id: 'window', text: 'A 48-step window is too short to see the daily cycle.' },
        { id: 'mae', text: 'MAE cannot be optimised by gradient descent.' },
      ],
      answer: 'noise',
      explanation:
        'Even a model that knows the trend and the daily cycle exactly is still off by the noise term at every step, and for normal noise with sigma 0.5 the mean absolute value is sigma x sqrt(2/pi), about 0.399. The trend is slow and predictable, a 48-step window covers two full cycles, and MAE trains fine with gradient descent.',
    },
  ],
});
