/**
 * Module 4's own requests, on top of the runtime's MNIST training handlers: a drawing's
 * probabilities, filters and feature maps, and test digits for the gallery and leaderboard.
 */
import { trainingHandlers } from '../../runtime/training/engine/handlers.ts';
import type { EngineState } from '../../runtime/training/engine/state.ts';
import type { Handlers } from '../../runtime/worker/serve.ts';
import type { Event, Replies, Request, TrainConfig } from '../protocol';
import { inspect, predict } from './inspect.ts';

/** Every request module 4's worker answers. */
export const handlers: Handlers<Request, Replies, Event, EngineState<TrainConfig>> = {
  ...trainingHandlers<TrainConfig>(),

  predict: async (r, state) => ({ payload: await predict(state.requireModel, r.pixels) }),

  inspect: async (r, state) => {
    const payload = await inspect(state.requireModel, r.pixels);
    return { payload, transfer: [payload.filters.data.buffer, ...payload.featureMaps.map((m) => m.data.buffer)] };
  },

  'test-digit': async (r, state) => {
    const test = state.test;
    if (!Number.isInteger(r.index) || r.index < 0 || r.index >= test.count) throw new Error(`Test digit ${r.index} does not exist (0-${test.count - 1}).`);
    const pixels = Float32Array.from(test.pixels.subarray(r.index * 784, (r.index + 1) * 784), (v) => v / 255);
    return { payload: { pixels, label: test.labels[r.index]! }, transfer: [pixels.buffer] };
  },

  'test-predictions': async (_r, state) => {
    const predictions = (await state.scoreTest()).predicted.slice();
    return { payload: { predictions }, transfer: [predictions.buffer] };
  },
};
