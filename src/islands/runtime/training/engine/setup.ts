/** Gradients and tfjs flags the worker needs before any backend is loaded. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

// Training loops re-create many small tensors; keep the engine quiet and production-fast.
tf.enableProdMode();
