/**
 * The lab's worker: trains the forecasters off the page's thread. On the page's thread a Conv1D
 * batch blocked the page for up to ~200 ms on the loaded 2-core test machine (Long Tasks API),
 * over the 100 ms a learner notices; here the page stays responsive and only progress crosses.
 */
import { serveWorker, type Handlers } from '~/islands/runtime/worker/serve';
import type { Event, Replies, Request } from './protocol.ts';
import { trainModels } from './model/train-models.ts';

const handlers: Handlers<Request, Replies, Event, null> = {
  async train({ data, kinds, epochs, seed }, _state, emit) {
    let last = 0;
    const payload = await trainModels(data, kinds, epochs, seed, (model, done, total) => {
      // At most ~20 progress messages a second (and always the last batch).
      const now = performance.now();
      if (done === total || now - last > 50) { last = now; emit({ type: 'progress', model, done, total }); }
    });
    return { payload };
  },
};

serveWorker(handlers, () => null);
