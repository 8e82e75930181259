import { describe, expect, it } from 'vitest';
import type { Envelope } from './protocol';
import { serveWorker, type Handlers, type WorkerScope } from './serve';

type Request = { type: 'add'; a: number; b: number } | { type: 'fail'; text: string } | { type: 'init' };
interface Replies { add: { sum: number }; fail: never; init: { ok: true } }
type Event = { type: 'tick'; n: number };

/** Stands in for a worker's global scope: the test posts requests and reads what the worker posted. */
function fakeScope() {
  const posted: unknown[] = [];
  const scope: WorkerScope<Request> & { send(envelope: unknown): void } = {
    onmessage: null,
    postMessage: (message) => { posted.push(message); },
    send(envelope) { this.onmessage!(new MessageEvent('message', { data: envelope as Envelope<Request> })); },
  };
  return { scope, posted };
}

const handlers: Handlers<Request, Replies, Event, { calls: number }> = {
  add: async (r, state, emit) => { state.calls += 1; emit({ type: 'tick', n: state.calls }); return { payload: { sum: r.a + r.b } }; },
  fail: async (r) => { throw new Error(r.text); },
  init: async () => { throw new Error('no backend'); },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serveWorker', () => {
  it('answers each request id with its handler\'s payload, events in between, state kept across requests', async () => {
    const { scope, posted } = fakeScope();
    const state = serveWorker(handlers, () => ({ calls: 0 }), scope);
    scope.send({ id: 7, request: { type: 'add', a: 2, b: 3 } });
    scope.send({ id: 8, request: { type: 'add', a: 1, b: 1 } });
    await settle();
    expect(posted).toEqual([
      { type: 'tick', n: 1 }, { type: 'tick', n: 2 },
      { type: 'reply', id: 7, kind: 'add', payload: { sum: 5 } }, { type: 'reply', id: 8, kind: 'add', payload: { sum: 2 } },
    ]);
    expect(state.calls).toBe(2);
  });

  it('answers an unknown request type (even an inherited property name) with a recoverable error for that id', async () => {
    const { scope, posted } = fakeScope();
    serveWorker(handlers, () => ({ calls: 0 }), scope);
    scope.send({ id: 1, request: { type: 'train' } });
    scope.send({ id: 2, request: { type: 'toString' } });
    scope.send({ id: 3, request: null });
    await settle();
    expect(posted).toEqual([
      { type: 'error', id: 1, message: 'Unknown request "train".', recoverable: true },
      { type: 'error', id: 2, message: 'Unknown request "toString".', recoverable: true },
      { type: 'error', id: 3, message: 'Unknown request undefined.', recoverable: true },
    ]);
  });

  it('turns a throw into an error for its id, described (out of memory) and not recoverable only during init', async () => {
    const { scope, posted } = fakeScope();
    serveWorker(handlers, () => ({ calls: 0 }), scope);
    scope.send({ id: 4, request: { type: 'fail', text: 'Aborted(OOM)' } });
    scope.send({ id: 5, request: { type: 'fail', text: 'shapes do not match' } });
    scope.send({ id: 6, request: { type: 'init' } });
    await settle();
    expect(posted).toEqual([
      { type: 'error', id: 4, message: 'The browser ran out of memory during fail. Try a smaller batch size or close other tabs.', recoverable: true },
      { type: 'error', id: 5, message: 'shapes do not match', recoverable: true },
      { type: 'error', id: 6, message: 'no backend', recoverable: false },
    ]);
  });
});
