import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'tuning',
  questions: [
    {
      id: 'space-size',
      type: 'numeric',
      prompt:
        'A model has exactly one hidden layer. Its search space is `hp.Int("units", min_value=32, max_value=256, step=32)`, `hp.Choice("activation", ["relu", "gelu"])` and `hp.Boolean("dropout")`. How many distinct configurations does it contain?',
      answer: 32,
      tolerance: 0,
      unit: 'configurations',
      explanation:
        'The units range holds 32, 64, 96, 128, 160, 192, 224 and 256: eight values, because both ends are included. Two activations and two dropout settings multiply that to 8 × 2 × 2 = 32 configurations. Adding a continuous learning rate makes the space infinite, which is one reason exhaustive grid search stops being an option.',
    },
    {
      id: 'log-sampling',
      type: 'single',
      prompt: 'Why does the module sample the learning rate with `hp.Float("learning_rate", 1e-4, 1e-2, sampling="log")`?',
      options: [
        { id: 'magnitudes', text: 'So that each order of magnitude (1e-4 to 1e-3, 1e-3 to 1e-2) is tried about equally often.' },
        { id: 'precision', text: 'Because float32 cannot represent small learning rates without logarithms.' },
        { id: 'optimizer', text: 'Because Adam expects the logarithm of the learning rate as its argument.' },
        { id: 'faster', text: 'Because log sampling makes each trial train faster.' },
      ],
      answer: 'magnitudes',
      explanation:
        'What matters for a learning rate is its order of magnitude. Uniform sampling between 0.0001 and 0.01 would put about 90% of the draws above 0.001, so the smaller rates would hardly be explored. Log sampling spreads the draws evenly across decades. The optimizer still receives an ordinary number.',
    },
    {
      id: 'halving',
      type: 'numeric',
      prompt:
        'One Hyperband bracket with `factor=3` starts 27 configurations for 1 epoch each, and after every round keeps the best third and triples their epochs. How many configurations are trained in the round that runs for 9 epochs?',
      answer: 3,
      tolerance: 0,
      unit: 'configurations',
      explanation:
        'Successive halving with factor 3: 27 configurations for 1 epoch, the best 9 for 3 epochs, the best 3 for 9 epochs, and the single best for 27 epochs. Most of the compute goes to the few candidates that already looked good, which is why Hyperband covers more configurations than random search for the same budget.',
    },
    {
      id: 'choose-algorithm',
      type: 'multiple',
      prompt: 'Which statements about choosing a KerasTuner search algorithm are correct? Select all that apply.',
      options: [
        { id: 'random-baseline', text: 'Random search is a strong baseline, because random points try many distinct values of each important hyperparameter.' },
        { id: 'bayes-small', text: 'Bayesian optimisation suits expensive trials over a small, mostly continuous space, because it models the score from earlier trials.' },
        { id: 'hyperband-early', text: 'Hyperband saves compute by stopping weak configurations after a few epochs.' },
        { id: 'grid-best', text: 'A full grid is always the most efficient choice, because it never repeats a value.' },
        { id: 'test-objective', text: 'Using the test accuracy as the objective gives the most honest final estimate.' },
      ],
      answers: ['random-baseline', 'bayes-small', 'hyperband-early'],
      explanation:
        'A grid spends most of its trials repeating the same few values of the hyperparameters that matter, so random search usually beats it. Bayesian optimisation fits a surrogate model to past results, which pays off when each trial is costly and the space is small. Hyperband is built on early stopping. Tuning against the test set turns it into a second validation set, so its score is no longer an honest estimate.',
    },
    {
      id: 'retrain',
      type: 'single',
      prompt: 'The best trial reached 0.905 validation accuracy. Why is that number likely to overstate how well the final model will do on new data?',
      options: [
        { id: 'selection', text: 'It was picked as the maximum over many trials on the same validation set, so it includes some luck.' },
        { id: 'dropout', text: 'Dropout is turned off during validation, which always inflates accuracy.' },
        { id: 'epochs', text: 'KerasTuner reports the training accuracy under the name val_accuracy.' },
        { id: 'batch', text: 'The validation set is evaluated with a larger batch size.' },
      ],
      answer: 'selection',
      explanation:
        'Choosing the best of many noisy scores selects for favourable noise as well as real quality, and early stopping was also decided on that set. The cure is to retrain the chosen configuration and evaluate it once on a test set that played no part in the search. Dropout being off at evaluation is normal behaviour, not a bias.',
    },
  ],
});
