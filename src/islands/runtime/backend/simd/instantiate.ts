/**
 * Our wasm kernel modules, compiled once per page or worker and instantiated once per memory
 * they work on (the wasm backend's heap, imported as env.memory). The modules are a few KB, so
 * synchronous compiles are allowed on every thread.
 */
const compiled = new Map<string, WebAssembly.Module>();
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
