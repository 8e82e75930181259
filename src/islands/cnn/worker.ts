/**
 * Module 4's Worker script: the runtime's MNIST training engine with this island's model and
 * its own requests. The same script also runs as a gradient helper (see serveTrainingWorker).
 */
import { serveTrainingWorker } from '../runtime/training/engine/serve.ts';
import { handlers } from './engine/handlers.ts';
import { cnnSpec } from './engine/spec.ts';

serveTrainingWorker(cnnSpec, handlers, import.meta.url);
