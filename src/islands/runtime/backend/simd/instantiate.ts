/**
 * Our wasm kernel modules, compiled once per page or worker and instantiated once per memory
 * they work on (the wasm backend's heap, imported as env.memory). The modules are a few KB, so
 * synchronous compiles are allowed on every thread.
 */
import { runsModule } from './runs-module.ts';

const compiled = new Map<string, WebAssembly.Module>();

let simd: boolean | undefined;
/**
 * Whether this engine runs wasm SIMD (checked once by validating a module that uses it). Every
 * current browser does; without it our SIMD kernels step aside for the JS loops and XNNPACK.
 */
export function wasmSimdSupported(): boolean {
  simd ??= WebAssembly.validate(runsModule(true) as Uint8Array<ArrayBuffer>);
  return simd;
}
const instances = new WeakMap<WebAssembly.Memory, Map<string, WebAssembly.Exports>>();

/** The exports of module `key` (built by `bytes` on first use) instantiated on `memory`. */
export function exportsOn(memory: WebAssembly.Memory, key: string, bytes: () => Uint8Array): WebAssembly.Exports {
  let byKey = instances.get(memory);
  if (!byKey) instances.set(memory, (byKey = new Map()));
  let exports = byKey.get(key);
  if (!exports) {
    let module = compiled.get(key);
    if (!module) compiled.set(key, (module = new WebAssembly.Module(bytes() as Uint8Array<ArrayBuffer>)));
    exports = new WebAssembly.Instance(module, { env: { memory } }).exports;
    byKey.set(key, exports);
  }
  return exports;
}
