/** The module 17 lab's Web Worker: TensorFlow.js trains and runs the autoencoder here so the page stays responsive. */
import '~/islands/runtime/training/engine/setup.ts';
import '@tensorflow/tfjs-layers';
import { serveWorker } from '~/islands/runtime/worker/serve.ts';
import { handlers, type LabState } from './engine/handlers.ts';

serveWorker(handlers, (): LabState => ({ data: null, model: null, running: false, stopRequested: false }));
