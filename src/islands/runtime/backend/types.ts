/** Names shared by every island that runs TensorFlow.js: the backends and how one was chosen. */

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
/** A backend the learner picked, or 'auto' (chosen by measurement or a sensible default). */
export type BackendPreference = BackendName | 'auto';

/** One backend's warm-up speed in images (or steps) per second; null when it was not timed or failed. */
export interface BackendTiming { name: BackendName; imagesPerSec: number | null; software: boolean; error?: string }

/** The active backend, a sentence saying why, and the timings it was based on (may be empty). */
export interface BackendChoice { backend: BackendName; reason: string; timings: BackendTiming[] }
