/**
 * Training-gradient kernels for the wasm backend. tfjs-backend-wasm 4.22 has no
 * Conv2DBackpropFilter at all, a plain-loop Conv2DBackpropInput and a slow MaxPoolGrad; these
 * replace them. Two sets of conv gradients exist:
 *  - 'matmul' (the default): im2col + XNNPACK GEMM (conv-grad-matmul.ts), issue 17;
 *  - 'convolution': issue 4's kernels, frozen, for the baseline loop of bench/train.
 */
import { Conv2DBackpropFilter, Conv2DBackpropInput, getKernel, MaxPoolGrad, registerKernel, unregisterKernel, type KernelConfig } from '@tensorflow/tfjs-core';
import { backpropFilterByConvolution, backpropInputByConvolution } from './conv-grad-convolution.ts';
import { backpropFilterByMatMul, backpropInputByMatMul } from './conv-grad-matmul.ts';
import { maxPoolGrad } from './wasm-maxpool-grad.ts';

/** Which Conv2D gradient kernels to register. */
export type ConvGradientKernels = 'matmul' | 'convolution';

function configs(conv: ConvGradientKernels): KernelConfig[] {
  const [filter, input] = conv === 'matmul' ? [backpropFilterByMatMul, backpropInputByMatMul] : [backpropFilterByConvolution, backpropInputByConvolution];
  return [
    { kernelName: Conv2DBackpropFilter, backendName: 'wasm', kernelFunc: filter as KernelConfig['kernelFunc'] },
    { kernelName: Conv2DBackpropInput, backendName: 'wasm', kernelFunc: input as KernelConfig['kernelFunc'] },
    { kernelName: MaxPoolGrad, backendName: 'wasm', kernelFunc: maxPoolGrad as KernelConfig['kernelFunc'] },
  ];
}

/**
 * Replaces (or adds) the training-gradient kernels (conv filter/input, max-pool) on the wasm
 * backend. Idempotent; kernels are looked up per call, so switching sets takes effect at once.
 */
export function registerWasmGradientKernels(conv: ConvGradientKernels = 'matmul'): void {
  for (const config of configs(conv)) {
    if (getKernel(config.kernelName, 'wasm')) unregisterKernel(config.kernelName, 'wasm');
    registerKernel(config);
  }
}
