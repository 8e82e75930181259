/** Progress events every MNIST training worker streams to its page (no request id). */

/** Bytes of the MNIST shards fetched, decompressed or read from the Cache API so far. */
export interface DataProgressEvent { type: 'data-progress'; phase: 'download' | 'decode' | 'cache'; loadedBytes: number; totalBytes: number }

/**
 * Running means over the epoch so far, sent at most ~10 times a second. `epoch` and `batch` are
 * 0-based (the UI shows them plus one); `workers`: how many workers share each batch right now
 * (1 after a helper failure); `etaSeconds` for the whole run.
 */
export interface BatchEvent { type: 'batch'; epoch: number; batch: number; batchesPerEpoch: number; loss: number; accuracy: number; imagesPerSec: number; etaSeconds: number; workers: number }

/** An epoch's training means and its validation loss/accuracy (NaN without a validation split); `seconds` of work. */
export interface EpochEvent { type: 'epoch'; epoch: number; loss: number; accuracy: number; valLoss: number; valAccuracy: number; seconds: number }

/** Every event the MNIST training engine streams. */
export type TrainingEvent = DataProgressEvent | BatchEvent | EpochEvent;
