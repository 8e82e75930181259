/** Column sums of a row-major float32 matrix on a wasm memory (column-sums-module.ts). */
import { COLUMN_BLOCK, columnSumsModule } from './column-sums-module.ts';
import { exportsOn } from './instantiate.ts';

/** Whether `channels` columns can be summed here (whole blocks of 16). */
export const columnSumsFit = (channels: number): boolean => channels > 0 && channels % COLUMN_BLOCK === 0;

/**
 * out[c] = sum over r < rows of x[r * channels + c], in float64, rounded once to float32; float
 * indices in `memory`. Throws a RangeError unless `columnSumsFit(channels)`.
 */
export function columnSumsOn(memory: WebAssembly.Memory, x: number, rows: number, channels: number, out: number): void {
  if (!columnSumsFit(channels)) throw new RangeError(`column sums need channels in blocks of ${COLUMN_BLOCK} (got ${channels})`);
  const colsum = exportsOn(memory, 'column-sums', columnSumsModule).colsum as (...args: number[]) => void;
  for (let c = 0; c < channels; c += COLUMN_BLOCK) colsum((x + c) * 4, rows, channels * 4, (out + c) * 4);
}
