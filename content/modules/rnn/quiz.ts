import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'rnn',
  questions: [
    {
      id: 'bidir-shape',
      type: 'shape',
      prompt: 'A batch of shape `(None, 50, 8)` goes into `layers.Bidirectional(layers.LSTM(32, return_sequences=True))`. What is the output shape?',
      dims: [null, 50, 64],
      batchOptional: true,
      placeholder: '(None, steps, features)',
      explanation:
        '`return_sequences=True` keeps one output per time step, so the 50 steps remain. Bidirectional runs a forward and a backward LSTM of 32 units each and concatenates their outputs (the default `merge_mode="concat"`), giving 64 features per step: `(None, 50, 64)`.',
    },
    {
      id: 'gru-params',
      type: 'numeric',
      prompt: 'How many parameters does a Keras 3 `layers.GRU(32)` have when it reads sequences with 10 features per step (default `reset_after=True`)?',
      answer: 4224,
      tolerance: 0,
      unit: 'parameters',
      explanation:
        'A GRU has three blocks (update gate, reset gate, candidate). Each has an input kernel (10 x 32), a recurrent kernel (32 x 32) and, with `reset_after=True`, two bias vectors of 32: 320 + 1,024 + 64 = 1,408 per block, so 3 x 1,408 = 4,224. An LSTM of the same size would have four blocks with one bias each: 4 x (32 x 42 + 32) = 5,504.',
    },
    {
      id: 'stacking',
      type: 'single',
      prompt: 'In `imdb_bilstm`, why does `bilstm_1` use `return_sequences=True` while `bilstm_2` does not?',
      options: [
        { id: 'per-step', text: 'The second recurrent layer needs an input at every time step; the classifier needs one vector per review.' },
        { id: 'speed', text: '`return_sequences=True` makes the first layer faster on a GPU.' },
        { id: 'mask', text: 'Masking only works when every recurrent layer returns sequences.' },
        { id: 'params', text: 'It halves the number of parameters of the second layer.' },
      ],
      answer: 'per-step',
      explanation:
        'A recurrent layer consumes a `(batch, steps, features)` tensor. Without `return_sequences=True` the first layer would emit only its last output, a 2-D tensor the second LSTM cannot read. The last recurrent layer returns one vector per sequence, which is what the Dense sentiment head needs. Parameter counts depend on feature widths, not on this flag.',
    },
    {
      id: 'forecast',
      type: 'single',
      prompt:
        'A model labels every hour of a 48-hour load window with the next hour\'s load: an LSTM with `return_sequences=True` feeds a Dense layer, and the target at step t is the value at step t + 1. A colleague wraps the LSTM in `Bidirectional` and the validation error drops sharply. What is the best reply?',
      options: [
        { id: 'leak', text: 'The backward pass at step t has already read step t + 1, which is that step\'s target: the model copies the answer, and at forecast time those future hours do not exist.' },
        { id: 'fine', text: 'Good result: two directions always capture more patterns than one.' },
        { id: 'crash', text: 'It cannot be right, because `Bidirectional` only accepts integer inputs.' },
        { id: 'mask', text: 'It only works because the inputs are masked with `mask_zero=True`.' },
      ],
      answer: 'leak',
      explanation:
        'A per-step predictor must only use what came before each step. The backward LSTM reads the sequence from the end, so its output at step t summarises steps t to 48, including the value it is asked to predict: the low validation error is a leak, not skill, and it disappears in use when the future is unknown. Bidirectional layers suit tasks where the whole sequence is genuinely available, such as classifying a complete review. They accept any float sequence, masked or not.',
    },
    {
      id: 'no-mask',
      type: 'single',
      prompt: 'You train the IMDB LSTM with post-padded sequences but forget `mask_zero=True`. What goes wrong for a short review?',
      options: [
        { id: 'reads-padding', text: 'The LSTM keeps updating its state over the padding steps, so its final output reflects many steps of zero-index embeddings rather than the review.' },
        { id: 'error', text: 'Keras raises an error because index 0 is reserved.' },
        { id: 'ignored', text: 'Nothing: LSTMs skip zeros automatically.' },
        { id: 'truncated', text: 'The review is truncated to the length of the shortest review in the batch.' },
      ],
      answer: 'reads-padding',
      explanation:
        'Without a mask, index 0 is just another word with its own embedding row, and the LSTM processes every padding step, diluting and overwriting what it learned from the real words. With `mask_zero=True`, masked steps carry the previous state forward unchanged, so the final output is the state after the last real word.',
    },
  ],
});
