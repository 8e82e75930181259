import { describe, expect, it } from 'vitest';
import type { TrainingEvent } from '../training/events';
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from '../training/engine/protocol';
import { EngineError, WorkerClient, type ProgressEvent } from './client';
import type { Envelope, WorkerMessage } from './protocol';

type Request = TrainingRequest<BaseTrainConfig>;
type Event = WorkerMessage<Request, TrainingReplies, TrainingEvent>;

/** Stands in for the Worker: records what was posted and lets the test answer as the engine. */
class ScriptedWorker extends EventTarget {
  posted: Envelope<Request>[] = [];
  terminated = false;
  postMessage(message: Envelope<Request>): void { this.posted.push(message); }
  terminate(): void { this.terminated = true; }
  emit(event: Event): void { this.dispatchEvent(new MessageEvent('message', { data: event })); }
}

function setup() {
  const worker = new ScriptedWorker();
  const client = new WorkerClient<Request, TrainingReplies, TrainingEvent>(worker as unknown as Worker);
  const events: ProgressEvent<TrainingEvent>[] = [];
  client.onEvent((e) => events.push(e));
  return { worker, client, events };
}

describe('WorkerClient', () => {
  it('matches replies to requests by id, whatever order they come back in', async () => {
    const { worker, client } = setup();
    const memory = client.request({ type: 'memory' });
    const stop = client.request({ type: 'stop' });
    const [first, second] = worker.posted;
    expect(first!.id).not.toBe(second!.id);
    worker.emit({ type: 'reply', id: second!.id, kind: 'stop', payload: { acknowledged: true } });
    worker.emit({ type: 'reply', id: first!.id, kind: 'memory', payload: { numTensors: 12, numBytes: 3400, wasmHeapBytes: null } });
    await expect(memory).resolves.toEqual({ numTensors: 12, numBytes: 3400, wasmHeapBytes: null });
    await expect(stop).resolves.toEqual({ acknowledged: true });
  });

  it('rejects a request with the engine error for its id, and keeps it out of the event stream', async () => {
    const { worker, client, events } = setup();
    const train = client.request({ type: 'evaluate' });
    worker.emit({ type: 'error', id: worker.posted[0]!.id, message: 'Out of memory', recoverable: true });
    await expect(train).rejects.toMatchObject({ name: 'EngineError', message: 'Out of memory', recoverable: true });
    expect(events).toEqual([]);
  });

  it('streams progress and id-less errors to listeners', () => {
    const { worker, events } = setup();
    const batch: Event = { type: 'batch', epoch: 0, batch: 3, batchesPerEpoch: 10, loss: 1.2, accuracy: 0.6, imagesPerSec: 500, etaSeconds: 4, workers: 1 };
    worker.emit(batch);
    worker.emit({ type: 'error', id: null, message: 'WebGL context lost', recoverable: true });
    expect(events).toEqual([batch, { type: 'error', id: null, message: 'WebGL context lost', recoverable: true }]);
  });

  it('fails pending requests when terminated, so no caller waits forever', async () => {
    const { worker, client } = setup();
    const pending = client.request({ type: 'export' });
    client.terminate();
    expect(worker.terminated).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(EngineError);
  });
});
