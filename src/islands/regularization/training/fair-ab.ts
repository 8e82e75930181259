/**
 * The fair A/B comparison: run A (no regularization) and run B (the learner's regularizers) start
 * from the same initial weights and see the same images in the same order every epoch; they train
 * epoch by epoch in turn so both curves grow together. Only B's dropout masks and augmentation
 * draws are random (seeded for augmentation; tfjs dropout takes no seed).
 */
import type { Split } from '~/islands/runtime/mnist/shards.ts';
import { mulberry32 } from '~/lib/shuffle';
import { abIndices, epochOrders } from '../data/subset.ts';
import { buildSmallCnn, copyWeights } from '../model/build.ts';
import { abProblems, type AbConfig } from './config.ts';
import { Run, type Score } from './run.ts';

export type RunName = 'A' | 'B';
/** After each run's epoch: its training-set and validation scores (both in inference mode). */
export interface AbEpoch { run: RunName; epoch: number; train: Score; validation: Score }
/** Final numbers per run; `gap` = training minus validation accuracy. */
export interface AbOutcome { train: Score; validation: Score; test: Score; gap: number }
export interface AbResult { A: AbOutcome; B: AbOutcome; completedEpochs: number; stopped: boolean }
export interface AbListener { epoch(e: AbEpoch): void; batch(run: RunName, epoch: number, done: number, total: number): void }

/** Trains A and B on `train` (the MNIST training split) and scores both on `test`. */
export async function runAb(train: Split, test: Split, config: AbConfig, listener: AbListener, stopped: () => boolean = () => false): Promise<AbResult> {
  const problems = abProblems(config);
  if (problems.length) throw new RangeError(problems.map(([, m]) => m).join(' '));
  const { train: trainIdx, validation } = abIndices(train.count, config.trainImages, config.validationImages);
  const orders = epochOrders(trainIdx, config.epochs, config.seed);
  const a = new Run(buildSmallCnn({ dropout: 0, l2: 0 }), config.learningRate, null, mulberry32(config.seed + 1));
  const b = new Run(buildSmallCnn({ dropout: config.dropout, l2: config.l2 }), config.learningRate, config.augment, mulberry32(config.seed + 1));
  copyWeights(a.model, b.model);
  const last: Partial<Record<RunName, { train: Score; validation: Score }>> = {};
  let epoch = 0;
  try {
    epochs: for (; epoch < config.epochs; epoch++) {
      for (const [name, run] of [['A', a], ['B', b]] as const) {
        await run.trainEpoch(train, orders[epoch]!, config.batchSize, (done, total) => listener.batch(name, epoch, done, total), stopped);
        if (stopped()) break epochs; // a part-trained epoch is not reported as one
        const scores = { train: await run.score(train, trainIdx), validation: await run.score(train, validation) };
        last[name] = scores;
        listener.epoch({ run: name, epoch, ...scores });
      }
    }
    const all = Uint32Array.from({ length: test.count }, (_, i) => i);
    const outcome = async (run: Run, name: RunName): Promise<AbOutcome> => {
      const scores = last[name] ?? { train: await run.score(train, trainIdx), validation: await run.score(train, validation) };
      return { ...scores, test: await run.score(test, all), gap: scores.train.accuracy - scores.validation.accuracy };
    };
    return { A: await outcome(a, 'A'), B: await outcome(b, 'B'), completedEpochs: epoch, stopped: epoch < config.epochs };
  } finally {
    a.dispose();
    b.dispose();
  }
}
