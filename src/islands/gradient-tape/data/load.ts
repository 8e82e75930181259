/**
 * The lab's data: the first SUBSET_IMAGES training images from the shared MNIST loader (cached
 * by the Cache API, the same files module 4 uses).
 */
import { loadMnist, type Progress } from '~/islands/runtime/mnist/loader';
import type { Split } from '~/islands/runtime/mnist/shards';
import { SUBSET_IMAGES } from './batches.ts';

/** The lab's MNIST training images; `onProgress` gets byte counts as they arrive. */
export async function loadLabData(onProgress: Progress): Promise<{ train: Split; fromCache: boolean }> {
  // The loader also fetches the test shard (it always does); the lab does not use it.
  const mnist = await loadMnist(SUBSET_IMAGES, onProgress);
  return { train: mnist.train, fromCache: mnist.fromCache };
}
