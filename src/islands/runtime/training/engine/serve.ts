/**
 * An MNIST training worker's whole entry point, in one of two roles chosen by the worker's name:
 *  - the training worker: serves the island's handlers (the base trainingHandlers() plus its own)
 *    with an EngineState for its spec;
 *  - a gradient helper (../parallel/): started by the training worker from this same script, so
 *    it costs no second download of TensorFlow.js, and rebuilt from the model's JSON topology.
 * An island's worker.ts is then: `serveTrainingWorker(spec, handlers, import.meta.url)`.
 */
import './setup.ts';
import { serveWorker, type Handlers } from '../../worker/serve.ts';
import type { AnyRequest, RepliesFor } from '../../worker/protocol.ts';
import { serveHelper } from '../parallel/helper.ts';
import { HELPER_WORKER_NAME } from '../parallel/messages.ts';
import { workerPort } from '../parallel/port.ts';
import type { BaseTrainConfig } from './protocol.ts';
import type { EngineSpec } from './spec.ts';
import { EngineState } from './state.ts';

/** Serves `handlers` in this worker, or the helper role when started under HELPER_WORKER_NAME. */
export function serveTrainingWorker<C extends BaseTrainConfig, Req extends AnyRequest, Rep extends RepliesFor<Req>, Ev>(
  spec: EngineSpec<C>,
  handlers: Handlers<Req, Rep, Ev, EngineState<C>>,
  scriptUrl: string,
): void {
  const scope = self as unknown as { name?: string };
  if (scope.name === HELPER_WORKER_NAME) serveHelper(self as unknown as Parameters<typeof serveHelper>[0]);
  else serveWorker(handlers, () => new EngineState(spec, () => workerPort(scriptUrl)));
}
