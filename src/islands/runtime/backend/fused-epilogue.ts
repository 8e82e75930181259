/**
 * What our GEMM's epilogue (simd/gemm.ts) can take from a fused kernel's call (FusedConv2D,
 * _FusedMatMul): its bias and whether it ends in ReLU. PReLU, leaky ReLU and the other
 * activations stay with the backend's own kernels.
 */
import type { KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';

/** The fused call's bias (null if none) and ReLU flag, or null when the epilogue cannot do its activation. */
export function gemmEpilogue(args: Parameters<KernelFunc>[0]): { bias: TensorInfo | null; relu: boolean } | null {
  const { bias, preluActivationWeights } = args.inputs as { bias?: TensorInfo; preluActivationWeights?: TensorInfo };
  const { activation } = args.attrs as { activation?: string };
  if (preluActivationWeights || (activation !== 'linear' && activation !== 'relu')) return null;
  return { bias: bias ?? null, relu: activation === 'relu' };
}

/** Whether `bias` (if any) is one float32 value per output column: [width], or with leading ones. */
export function biasFits(bias: TensorInfo | null, width: number): boolean {
  return !bias || (bias.dtype === 'float32' && bias.shape.reduce((a, b) => a * b, 1) === width && bias.shape.at(-1) === width);
}
