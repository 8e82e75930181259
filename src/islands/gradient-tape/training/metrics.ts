/**
 * `train_loss = keras.metrics.Mean()` and `train_acc = keras.metrics.SparseCategoricalAccuracy()`:
 * running values since the last reset, weighted by batch size as Keras weights them.
 */

/** The two metrics' `result()` values; NaN before the first update. */
export interface MetricResults { loss: number; accuracy: number }

/** Running mean loss and accuracy over every example seen since the last `reset()`. */
export class TrainMetrics {
  private lossSum = 0;
  private lossCount = 0;
  private correct = 0;
  private seen = 0;

  /** `train_loss.update_state(loss)`: the loss is one value per batch, so each batch counts once. */
  updateLoss(meanBatchLoss: number): void {
    if (!Number.isFinite(meanBatchLoss)) throw new Error(`The loss is not a finite number (${meanBatchLoss}).`);
    this.lossSum += meanBatchLoss;
    this.lossCount += 1;
  }

  /** `train_acc.update_state(y, logits)`: `correct` of `count` predictions were right. */
  updateAccuracy(correct: number, count: number): void {
    if (!(Number.isInteger(correct) && Number.isInteger(count) && correct >= 0 && correct <= count)) throw new Error(`${correct} correct of ${count} is not a valid count.`);
    this.correct += correct;
    this.seen += count;
  }

  /** `metric.result()` for both. */
  result(): MetricResults {
    return { loss: this.lossSum / this.lossCount, accuracy: this.correct / this.seen };
  }

  /** `metric.reset_state()` for both. */
  reset(): void {
    this.lossSum = this.lossCount = this.correct = this.seen = 0;
  }
}
