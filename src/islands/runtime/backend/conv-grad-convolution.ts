/**
 * The Conv2D gradient kernels as they were in issue 4 (stop 9), kept unchanged: the fallback for
 * shapes the matrix-product kernels do not take, and the baseline loop's kernels in
 * bench/train (so faster kernels show up in the speed ratio). Both gradients are convolutions
 * in disguise, run with the wasm backend's XNNPACK Conv2D:
 *  - dW: correlate x with dy, treating input channels as the batch and the batch as channels
 *    (x -> [Cin,H,W,N], dy -> filter [OH,OW,N,Cout], dilation = forward stride).
 *  - dx: a "full" convolution of the (zero-dilated) dy with the 180°-rotated, in/out-swapped filter.
 * Intermediates are backend TensorInfos, freed here; only the result leaves the kernel.
 */
import {
  backend_util, type Conv2DBackpropFilterAttrs, type Conv2DBackpropInputAttrs, type KernelBackend,
  type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo,
} from '@tensorflow/tfjs-core';
import { scratch } from './kernel-scratch.ts';

type Pads = [[number, number], [number, number], [number, number], [number, number]];

/** Throws for NCHW: these kernels (and the wasm backend's Conv2D) take channels-last data only. */
export function channelsLast(dataFormat: string): void {
  if (dataFormat !== 'NHWC') throw new Error(`wasm conv gradients support dataFormat NHWC only, got ${dataFormat}`);
}

/** dW [KH,KW,Cin,Cout] of a conv2d from x and dy, as one XNNPACK convolution. */
export function backpropFilterByConvolution({ inputs, backend, attrs }: { inputs: NamedTensorInfoMap; backend: KernelBackend; attrs?: NamedAttrMap }): TensorInfo {
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
  channelsLast(dataFormat);
  const info = backend_util.computeConv2DInfo(x.shape as [number, number, number, number], filterShape, strides, 1, pad, dimRoundingMode);
  const [, height, width, inChannels] = x.shape as number[] as [number, number, number, number];
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw, outHeight: oh, outWidth: ow, outChannels } = info;
  const { top, left } = info.padInfo;
  const s = scratch(backend);
  const xT = s.run('Transpose', { x }, { perm: [3, 1, 2, 0] });
  const dyT = s.run('Transpose', { x: dy }, { perm: [1, 2, 0, 3] });
  // Pad so the correlation yields at least kh x kw positions; extra positions are cut off below.
  const bottom = Math.max(0, kh + (oh - 1) * sh - height - top);
  const right = Math.max(0, kw + (ow - 1) * sw - width - left);
  const pads: Pads = [[0, 0], [top, bottom], [left, right], [0, 0]];
  let grad = s.run('Conv2D', { x: xT, filter: dyT }, { strides: [1, 1], pad: pads, dataFormat: 'NHWC', dilations: [sh, sw], dimRoundingMode: undefined });
  if (grad.shape[1] !== kh || grad.shape[2] !== kw) grad = s.run('Slice', { x: grad }, { begin: [0, 0, 0, 0], size: [inChannels, kh, kw, outChannels] });
  return s.finish(s.run('Transpose', { x: grad }, { perm: [1, 2, 0, 3] }));
}

/** dx [N,H,W,Cin] of a conv2d from dy and the filter, as one XNNPACK convolution. */
export function backpropInputByConvolution({ inputs, backend, attrs }: { inputs: NamedTensorInfoMap; backend: KernelBackend; attrs?: NamedAttrMap }): TensorInfo {
  const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } = attrs as unknown as Conv2DBackpropInputAttrs;
  channelsLast(dataFormat);
  const info = backend_util.computeConv2DInfo(inputShape, filter.shape as [number, number, number, number], strides, 1, pad, dimRoundingMode);
  const [batch, height, width, inChannels] = inputShape;
  const { filterHeight: kh, filterWidth: kw, strideHeight: sh, strideWidth: sw, outHeight: oh, outWidth: ow, outChannels } = info;
  const s = scratch(backend);
  let spread = dy;
  if (sh > 1 || sw > 1) {
    // Insert stride-1 zeros between dy's pixels: reshape to [N,OH,1,OW,1,C], pad, merge, trim.
    const split = s.run('Reshape', { x: dy }, { shape: [batch, oh, 1, ow, 1, outChannels] });
    const padded = s.run('PadV2', { x: split }, { paddings: [[0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]], constantValue: 0 });
    const merged = s.run('Reshape', { x: padded }, { shape: [batch, oh * sh, ow * sw, outChannels] });
    spread = s.run('Slice', { x: merged }, { begin: [0, 0, 0, 0], size: [batch, (oh - 1) * sh + 1, (ow - 1) * sw + 1, outChannels] });
  }
  const flipped = s.run('Reverse', { x: filter }, { dims: [0, 1] });
  const swapped = s.run('Transpose', { x: flipped }, { perm: [0, 1, 3, 2] });
  const padTop = kh - 1 - info.padInfo.top;
  const padLeft = kw - 1 - info.padInfo.left;
  const padBottom = height + kh - 1 - spread.shape[1]! - padTop;
  const padRight = width + kw - 1 - spread.shape[2]! - padLeft;
  // Negative padding means cropping: pad with zero instead and crop the output.
  const pads: Pads = [[0, 0], [Math.max(0, padTop), Math.max(0, padBottom)], [Math.max(0, padLeft), Math.max(0, padRight)], [0, 0]];
  let dx = s.run('Conv2D', { x: spread, filter: swapped }, { strides: [1, 1], pad: pads, dataFormat: 'NHWC', dilations: [1, 1], dimRoundingMode: undefined });
  const begin = [0, Math.max(0, -padTop), Math.max(0, -padLeft), 0];
  if (dx.shape[1] !== height || dx.shape[2] !== width) dx = s.run('Slice', { x: dx }, { begin, size: [batch, height, width, inChannels] });
  return s.finish(dx);
}
