/**
 * The lab's worker protocol (runtime/worker): one request, `train`, carrying the prepared windows;
 * `progress` events while it runs; the reply is one result per trained model and the backend used.
 */
import type { Prepared, Result } from './data/prepare.ts';
import type { ForecasterKind } from './model/build.ts';

/** Train `kinds` in order on `data`'s training windows, `epochs` each, weights from `seed`. */
export interface TrainRequest { type: 'train'; data: Prepared; kinds: ForecasterKind[]; epochs: number; seed: number }
/** Every request the worker answers. */
export type Request = TrainRequest;
/** Reply payloads by request type. */
export interface Replies { train: { results: Result[]; backend: string } }
/** Batches done of the whole run's total, and the model training now. */
export interface Event { type: 'progress'; model: string; done: number; total: number }
