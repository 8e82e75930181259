/**
 * Training-gradient kernels for the wasm backend. tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter at all, a plain-loop Conv2DBackpropInput and a slow MaxPoolGrad; these
 * replace them. Four choices of conv gradients:
 *  - 'gemm' (the default): im2col + our own register-blocked wasm GEMM for both, reading the
 *    transposed patch matrix in place (conv-grad-gemm.ts); about 2x XNNPACK's GEMM rate on the
 *    seed model's shapes, so it beats XNNPACK's convolution everywhere it applies;
 *  - 'mixed' (issue 17's first default, and the default without wasm SIMD): per shape, whichever
 *    of the two below does less work. dW always as a convolution; dx as a matrix product when the
 *    "full" convolution would do at least twice the multiply-adds (H*W >= 2*OH*OW: the seed
 *    model's last conv layer), else a convolution;
 *  - 'matmul': im2col + XNNPACK GEMM for both (conv-grad-matmul.ts), also the 'gemm' kernels'
 *    fallback for widths that are not a multiple of 4;
 *  - 'convolution': issue 4's kernels, frozen, for the baseline loop of bench/train (MaxPoolGrad
 *    too: the others take the tiled 2x2 loop where it applies).
 * MaxPoolGrad of the first three choices has a fast path for non-overlapping 2x2 windows, their
 * Sum one for sums over all axes but the last (bias gradients: wasm-sum-leading.ts), and their
 * Identity and same-type Cast share memory instead of copying it (wasm-identity.ts). The 'gemm'
 * set also runs the forward Conv2D, FusedConv2D and _FusedMatMul (bias and ReLU fused) and
 * BatchMatMul on our GEMM.
 */
import { _FusedMatMul, BatchMatMul, Cast, Conv2D, Conv2DBackpropFilter, Conv2DBackpropInput, FusedConv2D, getKernel, Identity, MaxPoolGrad, registerKernel, Sum, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { conv2dByGemm, fusedConv2dByGemm } from './conv-forward-gemm.ts';
import { batchMatMulByGemm, fusedMatMulByGemm } from './matmul-gemm.ts';
import { backpropFilterByConvolution, backpropInputByConvolution } from './conv-grad-convolution.ts';
import { backpropFilterByGemm, backpropInputByGemm } from './conv-grad-gemm.ts';
import { backpropFilterByMatMul, backpropInputByMatMul } from './conv-grad-matmul.ts';
import { castByReference, identityByReference } from './wasm-identity.ts';
import { maxPoolGrad, maxPoolGradScan } from './wasm-maxpool-grad.ts';
import { wasmSimdSupported } from './simd/instantiate.ts';
import { sumLeadingAxes } from './wasm-sum-leading.ts';

/** Which Conv2D gradient kernels to register. */
export type ConvGradientKernels = 'gemm' | 'mixed' | 'matmul' | 'convolution';

type Kernel = (args: Parameters<typeof backpropInputByMatMul>[0]) => ReturnType<typeof backpropInputByMatMul>;

/** dx by the kernel with fewer multiply-adds: the full convolution does H*W/(OH*OW) times the product's. */
const mixedInput: Kernel = (args) => {
  const { dy } = args.inputs as unknown as { dy: { shape: number[] } };
  const [, height, width] = (args.attrs as unknown as { inputShape: number[] }).inputShape;
  return height! * width! >= 2 * dy.shape[1]! * dy.shape[2]! ? backpropInputByMatMul(args) : backpropInputByConvolution(args);
};

const choices: Record<ConvGradientKernels, [Kernel, Kernel, Kernel]> = {
  gemm: [backpropFilterByGemm, backpropInputByGemm, maxPoolGrad],
  mixed: [backpropFilterByConvolution, mixedInput, maxPoolGrad],
  matmul: [backpropFilterByMatMul, backpropInputByMatMul, maxPoolGrad],
  convolution: [backpropFilterByConvolution, backpropInputByConvolution, maxPoolGradScan],
};

/**
 * The backend's own Sum, kept when ours is registered: the frozen set restores it, ours falls
 * back to it. Its setupFunc (binding the wasm function at backend start) stays on either.
 */
let backendSum: KernelConfig | null = null;
/** The backend's own Conv2D, FusedConv2D, BatchMatMul and _FusedMatMul, likewise: the 'gemm' set wraps them, the others restore them. */
let backendConv2D: KernelConfig | null = null;
let backendFusedConv2D: KernelConfig | null = null;
let backendMatMul: KernelConfig | null = null;
let backendFusedMatMul: KernelConfig | null = null;
/** The backend's own Identity and Cast (copies): the frozen set restores them, the others share memory where they can. */
let backendIdentity: KernelConfig | null = null;
let backendCast: KernelConfig | null = null;

function configs(conv: ConvGradientKernels): KernelConfig[] {
  const [filter, input, pool] = choices[conv];
  backendSum ??= getKernel(Sum, 'wasm') ?? null;
  backendConv2D ??= getKernel(Conv2D, 'wasm') ?? null;
  backendFusedConv2D ??= getKernel(FusedConv2D, 'wasm') ?? null;
  backendMatMul ??= getKernel(BatchMatMul, 'wasm') ?? null;
  backendFusedMatMul ??= getKernel(_FusedMatMul, 'wasm') ?? null;
  backendIdentity ??= getKernel(Identity, 'wasm') ?? null;
  backendCast ??= getKernel(Cast, 'wasm') ?? null;
  type Wrap = (fallback: KernelConfig['kernelFunc']) => KernelConfig['kernelFunc'];
  const wrapIf = (when: boolean, config: KernelConfig | null, wrap: Wrap) => (config ? [when ? { ...config, kernelFunc: wrap(config.kernelFunc) } : config] : []);
  const ours = (config: KernelConfig | null, wrap: Wrap) => wrapIf(conv === 'gemm', config, wrap);
  const unfrozen = (config: KernelConfig | null, wrap: Wrap) => wrapIf(conv !== 'convolution', config, wrap);
  return [
    ...unfrozen(backendSum, sumLeadingAxes),
    ...unfrozen(backendIdentity, identityByReference),
    ...unfrozen(backendCast, castByReference),
    ...ours(backendConv2D, conv2dByGemm),
    ...ours(backendFusedConv2D, fusedConv2dByGemm),
    ...ours(backendMatMul, batchMatMulByGemm),
    ...ours(backendFusedMatMul, fusedMatMulByGemm),
    { kernelName: Conv2DBackpropFilter, backendName: 'wasm', kernelFunc: filter as KernelConfig['kernelFunc'] },
    { kernelName: Conv2DBackpropInput, backendName: 'wasm', kernelFunc: input as KernelConfig['kernelFunc'] },
    { kernelName: MaxPoolGrad, backendName: 'wasm', kernelFunc: pool as KernelConfig['kernelFunc'] },
  ];
}

/**
 * Replaces (or adds) the training-gradient kernels (conv filter/input, max-pool, Sum, Identity, Cast) on the wasm
 * backend; by default ours on the GEMM, or 'mixed' where the engine lacks wasm SIMD.
 * Idempotent; kernels are looked up per call, so switching sets takes effect at once.
 */
export function registerWasmGradientKernels(conv: ConvGradientKernels = wasmSimdSupported() ? 'gemm' : 'mixed'): void {
  for (const config of configs(conv)) {
    if (getKernel(config.kernelName, 'wasm')) unregisterKernel(config.kernelName, 'wasm');
    registerKernel(config);
  }
}
