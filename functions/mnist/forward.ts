/**
 * The module-4 CNN's forward pass in plain TypeScript, for grading in the Worker (no TF.js):
 * valid 3x3 convolutions with ReLU, 2x2 max pooling, flatten, dense. Tensors are channels-last
 * (NHWC, batch 1) like TensorFlow's, kernels [kh, kw, in, out]. Sums run in float64, so the
 * result is the float32 model computed without float32 rounding; backends differ from it by
 * far less than the near-tie allowance in verify.ts.
 */
import { IMAGE_SIZE } from '../../src/islands/runtime/mnist/idx.ts';
import type { CnnWeights } from './weights';

/** Largest activation map: 26 x 26 x 32 after the first convolution. */
const MAX_MAP = 26 * 26 * 32;
const a = new Float64Array(MAX_MAP);
const b = new Float64Array(MAX_MAP);
/** The non-zero values of one 3x3 patch (all channels, at most 3*3*64) and their tap numbers. */
const patch = new Float64Array(9 * 64);
const taps = new Int32Array(9 * 64);

/** The weights rearranged for the forward pass: each kernel as [out][3*3*in] rows. */
export interface CnnNet { conv: { rows: Float32Array; bias: Float32Array; cin: number }[]; dense: Float32Array[] }

/** Kernel [3, 3, cin, cout] to one contiguous row of 9*cin taps per output channel. */
function kernelRows(kernel: Float32Array, cin: number, cout: number): Float32Array {
  const taps = 9 * cin;
  const rows = new Float32Array(cout * taps);
  for (let t = 0; t < taps; t++) for (let c = 0; c < cout; c++) rows[c * taps + t] = kernel[t * cout + c]!;
  return rows;
}

/** Prepares decoded weights once per submission (cheap: one pass over the conv kernels). */
export function prepareNet(w: CnnWeights): CnnNet {
  const cins = [1, 32, 64];
  return {
    conv: cins.map((cin, i) => ({ rows: kernelRows(w[2 * i]!, cin, w[2 * i + 1]!.length), bias: w[2 * i + 1]!, cin })),
    dense: [w[6]!, w[7]!, w[8]!, w[9]!],
  };
}

/**
 * out[y][x][o] = relu(bias[o] + patch . row[o]); returns the output side. Each 3x3 patch is
 * gathered once, keeping only its non-zero inputs (ReLU outputs and MNIST's background are
 * mostly zero), so every output is a short dot product.
 */
function conv3x3Relu(input: Float64Array, side: number, layer: CnnNet['conv'][number], out: Float64Array): number {
  const { rows, bias, cin } = layer;
  const cout = bias.length;
  const width = 9 * cin;
  const os = side - 2;
  for (let y = 0; y < os; y++) {
    for (let x = 0; x < os; x++) {
      let n = 0;
      for (let ky = 0; ky < 3; ky++) {
        const from = ((y + ky) * side + x) * cin;
        for (let t = 0; t < 3 * cin; t++) {
          const v = input[from + t]!;
          if (v !== 0) { patch[n] = v; taps[n++] = ky * 3 * cin + t; }
        }
      }
      const o = (y * os + x) * cout;
      for (let c = 0; c < cout; c++) {
        let sum = bias[c]!;
        const r = c * width;
        for (let j = 0; j < n; j++) sum += patch[j]! * rows[r + taps[j]!]!;
        out[o + c] = sum > 0 ? sum : 0;
      }
    }
  }
  return os;
}

/** 2x2 max pooling, stride 2, valid (an odd last row/column is dropped, as in Keras). */
function maxPool2(input: Float64Array, side: number, ch: number, out: Float64Array): number {
  const os = Math.floor(side / 2);
  for (let y = 0; y < os; y++) {
    for (let x = 0; x < os; x++) {
      const p = ((2 * y) * side + 2 * x) * ch;
      const o = (y * os + x) * ch;
      for (let c = 0; c < ch; c++) {
        out[o + c] = Math.max(input[p + c]!, input[p + ch + c]!, input[p + side * ch + c]!, input[p + side * ch + ch + c]!);
      }
    }
  }
  return os;
}

/** out = in . kernel + bias (kernel [n, units]), optionally ReLU. */
function dense(input: Float64Array, n: number, kernel: Float32Array, bias: Float32Array, relu: boolean, out: Float64Array): void {
  const units = bias.length;
  for (let j = 0; j < units; j++) out[j] = bias[j]!;
  for (let i = 0; i < n; i++) {
    const v = input[i]!;
    if (v === 0) continue;
    for (let j = 0; j < units; j++) out[j] = out[j]! + v * kernel[i * units + j]!;
  }
  if (relu) for (let j = 0; j < units; j++) if (out[j]! < 0) out[j] = 0;
}

/**
 * The 10 logits (before softmax, which does not change the argmax) for one 28x28 image
 * given as 784 uint8 pixels; pixels are scaled to [0, 1] as the island does.
 */
export function cnnLogits(net: CnnNet, pixels: Uint8Array): Float64Array {
  if (pixels.length !== IMAGE_SIZE) throw new Error(`An MNIST image has ${IMAGE_SIZE} pixels, got ${pixels.length}.`);
  for (let i = 0; i < IMAGE_SIZE; i++) a[i] = pixels[i]! / 255;
  const [c1, c2, c3] = net.conv as [CnnNet['conv'][number], CnnNet['conv'][number], CnnNet['conv'][number]];
  const [k1, b1, k2, b2] = net.dense as [Float32Array, Float32Array, Float32Array, Float32Array];
  let side = conv3x3Relu(a, 28, c1, b); // 26x26x32
  side = maxPool2(b, side, 32, a); // 13x13x32
  side = conv3x3Relu(a, side, c2, b); // 11x11x64
  side = maxPool2(b, side, 64, a); // 5x5x64
  side = conv3x3Relu(a, side, c3, b); // 3x3x64, flattened in NHWC order = 576
  dense(b, side * side * 64, k1, b1, true, a); // 64
  const logits = new Float64Array(10);
  dense(a, 64, k2, b2, false, logits);
  return logits;
}
