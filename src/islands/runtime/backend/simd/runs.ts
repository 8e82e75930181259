/** Strided runs of floats on a wasm memory (runs-module.ts): im2col's copies and col2im's adds. */
import { exportsOn, wasmSimdSupported } from './instantiate.ts';
import { runsModule } from './runs-module.ts';

/**
 * For r < count: floats [0, length) at src + r*srcStride are copied to (or, with `add`, added
 * into) dst + r*dstStride, runs in order. Addresses and strides are float indices in the memory.
 */
export type Runs = (src: number, srcStride: number, dst: number, dstStride: number, length: number, count: number, add: boolean) => void;

/** The runs kernel on `memory` (its scalar build where wasm SIMD is missing). */
export function runsOn(memory: WebAssembly.Memory): Runs {
  const simd = wasmSimdSupported();
  const run = exportsOn(memory, simd ? 'runs' : 'runs-scalar', () => runsModule(simd)).runs as (...args: number[]) => void;
  return (src, srcStride, dst, dstStride, length, count, add) => run(src * 4, srcStride * 4, dst * 4, dstStride * 4, length, count, add ? 1 : 0);
}
