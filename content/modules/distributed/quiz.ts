import { defineQuiz } from '../../../src/schemas/quiz';

export default defineQuiz({
  module: 'distributed',
  questions: [
    {
      id: 'steps-per-epoch',
      type: 'numeric',
      prompt:
        'A machine has 4 GPUs. You use `MirroredStrategy` with a per-replica batch of 64 and a training set of 50,000 examples, batched without `drop_remainder`. How many steps does one epoch take?',
      answer: 196,
      tolerance: 0,
      unit: 'steps',
      explanation:
        'The dataset is batched with the global batch: 64 × 4 = 256 examples per step. 50,000 / 256 = 195.3, so there are 195 full batches plus one partial batch: 196 steps. On one GPU with batch 64 the same epoch would take 782 steps, which is why the learning rate usually needs to grow with the number of replicas.',
    },
    {
      id: 'all-reduce',
      type: 'single',
      prompt: 'In synchronous training with `MirroredStrategy`, what keeps the model copies on different GPUs identical?',
      options: [
        { id: 'allreduce', text: 'Gradients from all replicas are summed with an all-reduce, and every replica applies the same update.' },
        { id: 'average-weights', text: 'After each epoch, the weights of all replicas are averaged.' },
        { id: 'chief', text: 'Only GPU 0 trains; the others copy its weights after every step.' },
        { id: 'same-batch', text: 'Every replica sees exactly the same batch, so their gradients agree.' },
      ],
      answer: 'allreduce',
      explanation:
        'Each replica computes gradients on its own slice of the global batch. An all-reduce combines them so that every replica holds the same total gradient, and each applies the identical update to its identical weights. The copies therefore never drift, and one step equals a single-device step on the global batch. Averaging weights once per epoch would let them diverge in between.',
    },
    {
      id: 'scope',
      type: 'single',
      prompt: 'Why must the model and optimizer be created inside `with strategy.scope():`?',
      options: [
        { id: 'variables', text: 'Variables created in the scope become distributed (mirrored) variables, placed and synchronised on every replica.' },
        { id: 'speed', text: 'Layers built in the scope are compiled with XLA automatically.' },
        { id: 'fit', text: 'Otherwise `fit` cannot be called at all, even on a single device.' },
        { id: 'data', text: 'The scope splits the dataset into per-replica batches.' },
      ],
      answer: 'variables',
      explanation:
        'The strategy decides how variables are created: under MirroredStrategy each weight becomes a mirrored variable with one synchronised copy per device. Anything that creates variables (model, optimizer, metrics) has to be built in the scope. Splitting the data is done by fit or by distributing the dataset, not by the scope, and fit itself can be called outside it.',
    },
    {
      id: 'global-loss',
      type: 'single',
      prompt:
        'In a custom distributed loop on 8 replicas, each replica averages its per-example losses over its own 32 examples, and the gradients are then summed across replicas. What happens?',
      options: [
        { id: 'eight-times', text: 'The applied gradient is 8 times too large, as if the learning rate had been multiplied by 8.' },
        { id: 'correct', text: 'Nothing: averaging per replica is exactly what the strategy expects.' },
        { id: 'eighth', text: 'The gradient is 8 times too small, so training slows down.' },
        { id: 'error', text: 'TensorFlow raises an error because the losses have different sizes.' },
      ],
      answer: 'eight-times',
      explanation:
        'Each replica returns the gradient of a mean over 32 examples; summing 8 such means gives 8 times the mean over the global batch of 256. The fix is to divide by the global batch size, which `tf.nn.compute_average_loss(per_example, global_batch_size=256)` does, so the summed gradients equal the true global average.',
    },
    {
      id: 'multi-worker',
      type: 'multiple',
      prompt: 'Which statements about `MultiWorkerMirroredStrategy` are correct? Select all that apply.',
      options: [
        { id: 'same-script', text: 'Every machine runs the same script; only the task index in `TF_CONFIG` differs.' },
        { id: 'chief-saves', text: 'Only worker 0, the chief, needs to write the final model, because every worker holds the same weights.' },
        { id: 'backup', text: '`BackupAndRestore` lets a restarted job resume from the last completed epoch.' },
        { id: 'after-import', text: '`TF_CONFIG` can be set at any time, even after the strategy has been created.' },
        { id: 'async', text: 'Workers update the weights asynchronously without waiting for each other.' },
      ],
      answers: ['same-script', 'chief-saves', 'backup'],
      explanation:
        'The cluster is described once in TF_CONFIG and each process learns its role from its task entry, which must be set before the strategy is created. Every worker ends each step with the same weights, so one process, the chief, saves them and nobody overwrites anybody. BackupAndRestore writes the weights and the epoch number at the end of every epoch, so a restarted job resumes from there (in Keras 3, give each worker its own backup directory). Training is synchronous: all workers all-reduce gradients every step; asynchronous updates are what ParameterServerStrategy does.',
    },
  ],
});
