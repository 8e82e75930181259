/**
 * The MLP island's Worker script (modules 2 and 3): the runtime's MNIST training engine with the
 * island's model and handlers. The same script also runs as a gradient helper (serveTrainingWorker).
 */
import { serveTrainingWorker } from '../runtime/training/engine/serve.ts';
import { handlers } from './engine/handlers.ts';
import { mlpSpec } from './engine/spec.ts';

serveTrainingWorker(mlpSpec, handlers, import.meta.url);
