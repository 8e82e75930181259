/**
 * Cheap checks before any backend code is loaded: is WebGPU / WebGL there at all, and is it a
 * software renderer (SwiftShader, llvmpipe) rather than a real GPU?
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export interface Probe { available: boolean; software: boolean; renderer: string }

export async function probeWebGpu(): Promise<Probe> {
  type Adapter = { info?: Record<string, unknown>; isFallbackAdapter?: boolean };
  const gpu = (globalThis.navigator as unknown as { gpu?: { requestAdapter(): Promise<Adapter | null> } }).gpu;
  if (!gpu) return { available: false, software: false, renderer: 'no navigator.gpu' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { available: false, software: false, renderer: 'no adapter' };
    const info = adapter.info ?? {};
    const renderer = ['vendor', 'architecture', 'device', 'description'].map((k) => info[k]).filter(Boolean).join(' ') || 'unknown adapter';
    return { available: true, software: Boolean(adapter.isFallbackAdapter || info.isFallbackAdapter) || SOFTWARE.test(renderer), renderer };
  } catch (error) {
    return { available: false, software: false, renderer: (error as Error).message };
  }
}

export function probeWebGl(): Probe {
  try {
    const canvas = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1) : null;
    const gl = canvas?.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return { available: false, software: false, renderer: 'no WebGL2 context' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: SOFTWARE.test(renderer), renderer };
  } catch (error) {
    return { available: false, software: false, renderer: (error as Error).message };
  }
}
