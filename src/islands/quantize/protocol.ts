/**
 * The island's worker protocol (runtime/worker): 'load' reads the learner's saved CNN (a missing
 * or damaged one is a reply the page acts on, not a failure); 'run' stores its weights four ways
 * and scores each on the 10,000 MNIST test images, with 'progress' events meanwhile.
 */
import type { TfjsVariant } from './model/tfjs-format.ts';
import type { VariantId } from './model/variants.ts';

/** Every request the worker answers. */
export type Request = { type: 'load' } | { type: 'run' };

/** What 'load' found: the saved CNN (its save date, ISO 8601) or why there is none to use. */
export type LoadReply = { ok: true; savedAt: string; backend: string } | { ok: false; reason: 'none' | 'corrupted'; message: string };

/** One row of the table: size in bytes, test accuracy (0-1), inference time for the test set. */
export interface VariantRow {
  variant: VariantId;
  /** Bytes of all weights stored this way, scales and zero points included; `scaleBytes` of them for scales. */
  bytes: number;
  scaleBytes: number;
  accuracy: number;
  /** Test images whose predicted digit differs from float32's. */
  changed: number;
  /** Milliseconds to predict all test images, and images per second. */
  ms: number;
  imagesPerSecond: number;
}

/** One kernel before (float32) and after each quantization, as inference sees it (dequantized). */
export interface LayerWeights { name: string; shape: number[]; values: Record<VariantId, Float32Array> }

/** A download: model.json text and the .bin it names. */
export interface Download { variant: TfjsVariant; jsonName: string; json: string; binName: string; bin: ArrayBuffer }

/** Reply payloads by request type. */
export interface Replies {
  load: LoadReply;
  run: { rows: VariantRow[]; layers: LayerWeights[]; downloads: Download[]; images: number };
}

/** Progress of a run: test images scored of all variants' total (and MNIST bytes while loading). */
export interface Event { type: 'progress'; stage: string; done: number; total: number }
