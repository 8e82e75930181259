import { describe, expect, it } from 'vitest';
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from '../training/engine/protocol';
import type { Envelope } from './protocol';
import { EngineSession } from './session';
import { SetupMemory, type KeyValueStore } from './setup-memory';

type Request = TrainingRequest<BaseTrainConfig>;
type Init = TrainingReplies['init'];
const DEVICE = 'cores 2; webgpu none; webgl none; tfjs 4.22.0';

/** Stands in for a training worker: answers `init` as the engine would, from `answer(request)`. */
class InitWorker extends EventTarget {
  posted: Request[] = [];
  terminated = false;
  constructor(private readonly answer: (request: Extract<Request, { type: 'init' }>) => Init) { super(); }
  postMessage({ id, request }: Envelope<Request>): void {
    this.posted.push(request);
    if (request.type !== 'init') return;
    const payload = this.answer(request);
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'reply', id, kind: 'init', payload } })));
  }
  terminate(): void { this.terminated = true; }
}

/** The engine's answers: timed on this device (`timed`), or the remembered choice when it applies. */
function engine(timed: Pick<Init, 'backend' | 'workers'>) {
  const workers: InitWorker[] = [];
  const start = () => {
    const worker = new InitWorker((r) => r.remembered?.device === DEVICE
      ? { ...r.remembered, reason: 'remembered', timings: [], parallelNote: '', device: DEVICE, fromMemory: true }
      : { ...timed, reason: 'timed', timings: [], parallelNote: '', device: DEVICE, fromMemory: false });
    workers.push(worker);
    return worker as unknown as Worker;
  };
  return { workers, start };
}

function mapStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('EngineSession with a SetupMemory', () => {
  it('times on the first Start, remembers the choice, and sends it with the next Start', async () => {
    const store = mapStore();
    const { workers, start } = engine({ backend: 'wasm', workers: 2 });
    const first = new EngineSession(start, () => {}, new SetupMemory(store, 'lab'));
    expect((await first.ensure('auto'))?.fromMemory).toBe(false);
    expect(workers[0]!.posted[0]).toEqual({ type: 'init', backend: 'auto' });
    const second = new EngineSession(start, () => {}, new SetupMemory(store, 'lab'));
    expect((await second.ensure('auto'))?.fromMemory).toBe(true);
    expect(workers[1]!.posted[0]).toEqual({ type: 'init', backend: 'auto', remembered: { device: DEVICE, backend: 'wasm', workers: 2 } });
  });

  it('starts loading the data alongside init only when a remembered choice means nothing is timed', async () => {
    const store = mapStore();
    const { workers, start } = engine({ backend: 'wasm', workers: 2 });
    await new EngineSession(start, () => {}, new SetupMemory(store, 'lab')).ensure('auto', 'full');
    expect(workers[0]!.posted.map((r) => r.type)).toEqual(['init']);
    await new EngineSession(start, () => {}, new SetupMemory(store, 'lab')).ensure('auto', 'full');
    expect(workers[1]!.posted).toEqual([expect.objectContaining({ type: 'init' }), { type: 'load-data', preset: 'full' }]);
  });

  it('replaces a wrong remembered choice with a fresh timing in a throwaway worker', async () => {
    const store = mapStore();
    new SetupMemory(store, 'lab').remember({ device: DEVICE, backend: 'cpu', workers: 1 });
    const { workers, start } = engine({ backend: 'wasm', workers: 2 });
    const session = new EngineSession(start, () => {}, new SetupMemory(store, 'lab'));
    expect((await session.ensure('auto'))?.backend).toBe('cpu'); // this Start trusts the memory
    expect(await session.recheck()).toBe('corrected');
    expect(workers[1]!.posted).toEqual([{ type: 'init', backend: 'auto' }]);
    expect(workers[1]!.terminated).toBe(true);
    expect(new SetupMemory(store, 'lab').recall()).toEqual({ device: DEVICE, backend: 'wasm', workers: 2 });
    expect(await session.recheck()).toBeNull(); // once per remembered Start
  });

  it('confirms a right choice; checks nothing after a timed Start or a chosen backend', async () => {
    const store = mapStore();
    const { workers, start } = engine({ backend: 'wasm', workers: 2 });
    const session = new EngineSession(start, () => {}, new SetupMemory(store, 'lab'));
    await session.ensure('auto');
    expect(await session.recheck()).toBeNull();
    await session.ensure('cpu');
    expect(workers[1]!.posted[0]).toEqual({ type: 'init', backend: 'cpu' });
    expect(await session.recheck()).toBeNull();
    const later = new EngineSession(start, () => {}, new SetupMemory(store, 'lab'));
    await later.ensure('auto');
    expect(await later.recheck()).toBe('confirmed');
  });
});

describe('SetupMemory', () => {
  it('reads a missing, garbled or blocked entry as nothing remembered', () => {
    const store = mapStore();
    expect(new SetupMemory(store, 'lab').recall()).toBeNull();
    store.map.set('tfjs-setup:lab', '{not json');
    expect(new SetupMemory(store, 'lab').recall()).toBeNull();
    store.map.set('tfjs-setup:lab', JSON.stringify({ device: DEVICE, backend: 'wasm' }));
    expect(new SetupMemory(store, 'lab').recall()).toBeNull();
    const blocked: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(new SetupMemory(blocked, 'lab').recall()).toBeNull();
    expect(() => new SetupMemory(blocked, 'lab').remember({ device: DEVICE, backend: 'wasm', workers: 1 })).not.toThrow();
  });
});
