/**
 * Running wasm kernels from inside another kernel. Kernels called this way bypass the engine
 * (no tape, no profiler entry of their own), so their outputs are backend TensorInfos that the
 * calling kernel must free: `scratch` remembers them and `finish` frees all but the result.
 */
import type { PatchMemory } from './im2col.ts';
import { runsOn } from './simd/runs.ts';
import { getKernel, type KernelBackend, type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo } from '@tensorflow/tfjs-core';

/** The BackendWasm members used by our kernels (its class is not exported as a cheap type). */
export interface WasmBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
  dataIdMap: { get(dataId: object): { memoryOffset: number } };
  wasm: { HEAPU8: Uint8Array; asm: { memory: WebAssembly.Memory } };
  disposeData(dataId: object): boolean;
}

/** A Float32Array over the whole wasm heap; take it after the last allocation (growth detaches it). */
export function heapFloats(backend: KernelBackend): Float32Array {
  return new Float32Array((backend as unknown as WasmBackend).wasm.HEAPU8.buffer);
}

/** The wasm backend's linear memory itself (Emscripten's exported `memory`), for our own wasm kernels to import. */
export function heapMemory(backend: KernelBackend): WebAssembly.Memory {
  return (backend as unknown as WasmBackend).wasm.asm.memory;
}

/** The heap (take it after the last allocation) with the runs kernel bound to it, for im2col and col2im. */
export function patchMemory(backend: KernelBackend): PatchMemory {
  return { heap: heapFloats(backend), runs: runsOn(heapMemory(backend)) };
}

/** Index of a float32 tensor's first element in `heapFloats` (malloc aligns to 8 bytes). */
export function heapIndex(backend: KernelBackend, info: TensorInfo): number {
  return (backend as unknown as WasmBackend).dataIdMap.get(info.dataId).memoryOffset >>> 2;
}

/** Runs other wasm kernels and allocates outputs, remembering them so they can be freed afterwards. */
export function scratch(backend: KernelBackend) {
  const made: TensorInfo[] = [];
  return {
    run(name: string, inputs: NamedTensorInfoMap, attrs: object = {}): TensorInfo {
      const kernel = getKernel(name, 'wasm');
      if (!kernel) throw new Error(`wasm kernel ${name} is missing`);
      const out = kernel.kernelFunc({ inputs, backend, attrs: attrs as NamedAttrMap }) as TensorInfo;
      made.push(out);
      return out;
    },
    /** A new float32 tensor on the wasm heap; its contents are undefined until written. */
    alloc(shape: number[]): TensorInfo {
      const out = (backend as unknown as WasmBackend).makeOutput(shape, 'float32');
      made.push(out);
      return out;
    },
    /** Frees intermediates now (to keep peak memory down), e.g. a finished chunk's. */
    free(...infos: TensorInfo[]): void {
      for (const info of infos) {
        const at = made.indexOf(info);
        if (at >= 0) made.splice(at, 1);
        backend.disposeData(info.dataId);
      }
    },
    /** Frees every intermediate except `result` (reshapes share data via refcounts). */
    finish(result: TensorInfo): TensorInfo {
      for (const info of made) if (info !== result) backend.disposeData(info.dataId);
      return result;
    },
  };
}
