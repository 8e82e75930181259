import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'callbacks',
  questions: [
    {
      id: 'exp-decay',
      type: 'numeric',
      prompt:
        'An optimizer uses `ExponentialDecay(initial_learning_rate=0.1, decay_steps=1000, decay_rate=0.5)`. What is the learning rate at optimizer step 3,000?',
      answer: 0.0125,
      tolerance: 0.000001,
      explanation:
        'The rate is initial_learning_rate x decay_rate^(step / decay_steps) = 0.1 x 0.5^3 = 0.0125. At a multiple of decay_steps, the smooth and the staircase variants agree.',
    },
    {
      id: 'checkpoint',
      type: 'single',
      prompt:
        'Training uses `ModelCheckpoint("best.keras", monitor="val_loss", save_best_only=True)`. The validation loss is lowest at epoch 6 of 15, and training crashes during epoch 15. What does best.keras contain?',
      options: [
        { id: 'epoch-6', text: 'The model as it was at the end of epoch 6.' },
        { id: 'epoch-14', text: 'The model at the end of epoch 14, the last completed epoch.' },
        { id: 'nothing', text: 'Nothing usable: the file is written only when fit returns normally.' },
        { id: 'every', text: 'One saved model per epoch, 14 in all.' },
      ],
      answer: 'epoch-6',
      explanation:
        'With save_best_only=True the callback overwrites the file only when val_loss improves, which last happened after epoch 6. It saves at the end of each improving epoch, so the file is there even if training later crashes.',
    },
    {
      id: 'stop-training',
      type: 'single',
      prompt: 'Inside your callback\'s `on_epoch_end`, how do you make `fit` finish early?',
      options: [
        { id: 'flag', text: 'Set `self.model.stop_training = True`.' },
        { id: 'raise', text: 'Raise StopIteration; fit catches it and returns normally.' },
        { id: 'return', text: 'Return False from on_epoch_end.' },
        { id: 'epochs', text: 'Set `self.params["epochs"]` to the current epoch.' },
      ],
      answer: 'flag',
      explanation:
        'fit checks the model\'s stop_training flag after each epoch (and batch) and ends the loop cleanly, still calling on_train_end for every callback. This is exactly how the built-in EarlyStopping works. Hook return values are ignored, and editing params does not change the loop.',
    },
    {
      id: 'plateau',
      type: 'numeric',
      prompt:
        'The learning rate is 0.001 with `ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=2)`. The validation loss then fails to improve for 4 epochs in a row. What is the learning rate after those 4 epochs?',
      answer: 0.00025,
      tolerance: 0.0000001,
      explanation:
        'After 2 epochs without improvement the patience is used up and the rate is halved to 0.0005; the wait counter then restarts. After 2 more epochs without improvement it is halved again, to 0.00025.',
    },
    {
      id: 'schedule-vs-callback',
      type: 'multiple',
      prompt: 'Which statements about learning-rate control in Keras are true? Select all that apply.',
      options: [
        { id: 'per-step', text: 'A schedule object passed as the optimizer\'s learning_rate is evaluated at every optimizer step (batch).' },
        { id: 'reactive', text: 'ReduceLROnPlateau reacts to the monitored metric instead of following a fixed timetable.' },
        { id: 'warmup', text: 'A warm-up phase starts with a small rate, protecting freshly initialised weights from large early updates.' },
        { id: 'combine', text: 'Combining a schedule object with ReduceLROnPlateau on the same optimizer is the recommended default.' },
      ],
      answers: ['per-step', 'reactive', 'warmup'],
      explanation:
        'Schedules are functions of the step counter, so they update every batch; callbacks like ReduceLROnPlateau and LearningRateScheduler change the rate between epochs, the former based on the metrics. Warm-up ramps up from a small rate. A schedule and a rate-changing callback cannot share an optimizer: the rate is then a function of the step, and Keras 3 raises a TypeError when the callback tries to set it. Pick one.',
    },
  ],
});
