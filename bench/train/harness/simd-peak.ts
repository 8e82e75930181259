/**
 * The wasm-SIMD peak of one core, measured: a hand-assembled wasm function runs 12 independent
 * chains of acc = acc + acc * m on f32x4 vectors (m = 0, so values stay 1 and never become
 * denormal). tfjs-backend-wasm's XNNPACK kernels are built for 128-bit SIMD without relaxed-SIMD
 * fused multiply-add, so a separate f32x4.mul and f32x4.add per 4 lanes is the arithmetic they
 * can issue; 12 chains are enough to cover the latency of both on current x86 and ARM cores.
 */
const CHAINS = 12;
/** FLOPs per loop iteration: a mul and an add on 4 lanes per chain. */
export const FLOPS_PER_ITERATION = CHAINS * 4 * 2;

const leb = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...leb(n >>> 7)]);
const section = (id: number, body: number[]) => [id, ...leb(body.length), ...body];

/** Bytes of a module exporting peak(iterations: i32, m: f32): f32. */
export function peakModule(): Uint8Array {
  const simd = (op: number) => [0xfd, ...leb(op)];
  const [get, set] = [0x20, 0x21];
  const mv = 2 + CHAINS; // locals: 0 iterations, 1 m, 2.. accumulators, then splat(m)
  const body: number[] = [get, 1, ...simd(0x13), set, mv]; // f32x4.splat
  for (let c = 0; c < CHAINS; c++) body.push(...simd(0x0c), ...new Array(4).fill([0, 0, 0x80, 0x3f]).flat(), set, 2 + c); // v128.const 1.0 x4
  body.push(0x03, 0x40); // loop
  for (let c = 0; c < CHAINS; c++) body.push(get, 2 + c, get, 2 + c, get, mv, ...simd(0xe6), ...simd(0xe4), set, 2 + c); // acc + acc * m
  body.push(get, 0, 0x41, 1, 0x6b, 0x22, 0, 0x0d, 0, 0x0b); // iterations -= 1; br_if loop; end
  body.push(get, 2, ...simd(0x1f), 0); // the lanes 0 of all chains, summed, keep every chain live
  for (let c = 1; c < CHAINS; c++) body.push(get, 2 + c, ...simd(0x1f), 0, 0x92);
  body.push(0x0b);
  const code = [1, CHAINS + 1, 0x7b, ...body]; // one local group: CHAINS + 1 v128
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 2, 0x7f, 0x7d, 1, 0x7d]),
    ...section(3, [1, 0]),
    ...section(7, [1, 4, ...[...'peak'].map((ch) => ch.charCodeAt(0)), 0, 0]),
    ...section(10, [1, ...leb(code.length), ...code]),
  ]);
}

/**
 * GFLOP/s of this thread running the peak loop: the best of many ~2 ms runs within about `ms`
 * milliseconds. Short runs fit inside one scheduler time slice, so on a shared machine the best
 * of them still shows what the core can do when it runs this thread.
 */
export function measurePeak(ms: number): number {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(peakModule() as Uint8Array<ArrayBuffer>)); // in a Worker: no size limit on sync compiles
  const peak = instance.exports.peak as (iterations: number, m: number) => number;
  let iterations = 1000;
  let best = 0;
  const end = performance.now() + ms;
  for (let run = 0; run < 5 || performance.now() < end; run++) {
    const start = performance.now();
    if (peak(iterations, 0) !== CHAINS) throw new Error('peak loop returned a wrong sum');
    const elapsed = performance.now() - start;
    if (run >= 3) best = Math.max(best, (iterations * FLOPS_PER_ITERATION) / elapsed / 1e6);
    if (run < 3) iterations = Math.max(1000, Math.round(iterations * (2 / Math.max(elapsed, 0.05))));
  }
  return best;
}
