/**
 * The few WebAssembly binary encodings our kernel modules are assembled from (no text-format
 * assembler ships to the browser: a module of a few hundred bytes is built in microseconds).
 * Opcodes from the WebAssembly core spec 2.0 and its fixed-width SIMD proposal (section 5.4).
 */

/** Unsigned LEB128. */
export const uleb = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...uleb(n >>> 7)]);

/** Signed LEB128 of a 32-bit integer (i32.const immediates). */
export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A length-prefixed vector of already-encoded items. */
export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
/** A section: id, byte length, body. */
export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
/** A UTF-8 (here ASCII) name. */
export const name = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

export const I32 = 0x7f;
export const V128 = 0x7b;

const simd = (code: number, ...immediates: number[]): number[] => [0xfd, ...uleb(code), ...immediates];
/** memarg: alignment hint log2(4) (element alignment; the hint never traps), byte offset. */
const memarg = (offset: number) => [2, ...uleb(offset)];

/** Instructions, each an array of bytes. */
export const op = {
  get: (i: number) => [0x20, ...uleb(i)],
  set: (i: number) => [0x21, ...uleb(i)],
  tee: (i: number) => [0x22, ...uleb(i)],
  i32: (v: number) => [0x41, ...sleb(v)],
  add: [0x6a], sub: [0x6b], mul: [0x6c], eqz: [0x45], eq: [0x46], ltU: [0x49], and: [0x71],
  block: [0x02, 0x40], loop: [0x03, 0x40], if: [0x04, 0x40], else: [0x05], end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  call: (f: number) => [0x10, ...uleb(f)],
  return: [0x0f],
  shl: [0x74],
  f32Load: (offset = 0) => [0x2a, ...memarg(offset)],
  f32Store: (offset = 0) => [0x38, ...memarg(offset)],
  f32Add: [0x92],
  v128Load: (offset = 0) => simd(0x00, ...memarg(offset)),
  v128Load32Splat: (offset = 0) => simd(0x09, ...memarg(offset)),
  v128Store: (offset = 0) => simd(0x0b, ...memarg(offset)),
  v128Zero: simd(0x0c, ...new Array(16).fill(0)),
  /** 8 bytes into the low half, zeros above. */
  v128Load64Zero: (offset = 0) => simd(0x5d, ...memarg(offset)),
  /** The low 8 bytes (lane 0 of i64x2) to memory. */
  v128Store64Lane0: (offset = 0) => simd(0x5b, ...memarg(offset), 0),
  f64x2PromoteLowF32x4: simd(0x5f),
  f32x4DemoteF64x2Zero: simd(0x5e),
  f64x2Add: simd(0xf0),
  f32x4Gt: simd(0x44),
  v128And: simd(0x4e),
  /** a & ~b */
  v128AndNot: simd(0x4f),
  v128Or: simd(0x50),
  /** (a & mask) | (b & ~mask), operands a, b, mask */
  v128Bitselect: simd(0x52),
  f32x4Add: simd(0xe4),
  f32x4Mul: simd(0xe6),
  /** Lane-wise maximum; NaN in either operand gives NaN. */
  f32x4Max: simd(0xe9),
  /** Relaxed SIMD: a*b + c, fused or not as the hardware prefers. */
  f32x4RelaxedMadd: simd(0x105),
};

/** A function body: local declarations as (count, type) groups, then code, then `end`. */
export function body(locals: Array<[number, number]>, code: number[][]): number[] {
  const bytes = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...code.flat(), 0x0b];
  return [...uleb(bytes.length), ...bytes];
}

/**
 * A module importing env.memory and exporting one function `exported` of `params` i32 parameters
 * and no results, with the given locals and code.
 */
export function oneFunctionModule(exported: string, params: number, locals: Array<[number, number]>, code: number[][]): Uint8Array {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...section(1, vec([[0x60, ...vec(new Array(params).fill([I32])), 0]])),
    ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 0]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name(exported), 0x00, 0]])),
    ...section(10, [...uleb(1), ...body(locals, code)]),
  ]);
}
