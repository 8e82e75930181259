/**
 * Identity (and Cast to the type a tensor already has) on the wasm backend by reference, as the
 * cpu backend does it and as tfjs-backend-wasm already does Reshape: the output shares its
 * input's memory and its reference count goes up.
 * tfjs-core's gradient tape clones every tensor a gradient will need
 * (Engine.saveTensorsForBackwardMode), and tfjs-backend-wasm 4.22's Identity copies them: for the
 * seed model 8 activations a step, up to 5.5 MB each (about 1.4 ms of a 35 ms step in
 * bench:train:profile). tfjs-core's Relu gradient casts its float32 step mask to float32, another
 * full copy per layer. Tensors are never written after their kernel made them, so sharing is safe.
 */
import type { CastAttrs, KernelBackend, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';

function share(args: Parameters<KernelFunc>[0], x: TensorInfo): TensorInfo {
  (args.backend as KernelBackend).incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

/** The Identity kernel: shares float and int tensors, and leaves strings to `fallback` (the backend's copy). */
export function identityByReference(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const x = args.inputs.x as TensorInfo;
    return x.dtype === 'string' ? fallback(args) : share(args, x);
  };
}

/** The Cast kernel: shares a non-string tensor cast to its own type, and leaves real conversions to `fallback`. */
export function castByReference(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const x = args.inputs.x as TensorInfo;
    return x.dtype === 'string' || x.dtype !== (args.attrs as unknown as CastAttrs).dtype ? fallback(args) : share(args, x);
  };
}
