/** The module 5 lab's Web Worker: TensorFlow.js runs here so the page stays responsive. */
import '~/islands/runtime/training/engine/setup.ts';
import { serveWorker } from '~/islands/runtime/worker/serve.ts';
import { handlers, type EngineState } from './engine/handlers.ts';

serveWorker(handlers, (): EngineState => ({ data: null, running: false, stopRequested: false }));
