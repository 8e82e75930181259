import { describe, expect, it } from 'vitest';
import { buildCnn } from '../../../cnn/model/build';
import { useWasmBackend } from '../../test-fixtures';
import { chooseParallel } from './choose';
import type { HelperPort } from './port';

useWasmBackend();

const unused = (): HelperPort => { throw new Error('no helper should start'); };

describe('chooseParallel', () => {
  it('keeps GPU backends and single-core devices in one worker without starting helpers', async () => {
    expect(await chooseParallel('webgl', 8, unused, () => buildCnn())).toEqual({ pool: null, note: '', timings: [] });
    expect(await chooseParallel('wasm', 1, unused, () => buildCnn())).toEqual({ pool: null, note: 'One worker: this device reports a single core.', timings: [] });
  });

  it('falls back to one worker, saying why, when helpers fail to start', async () => {
    let closed = 0;
    const broken = (): HelperPort => ({ send: async () => { throw new Error('worker script blocked'); }, close: () => { closed += 1; } });
    const choice = await chooseParallel('wasm', 4, broken, () => buildCnn());
    expect(choice.pool).toBeNull();
    expect(choice.note).toBe('One worker: parallel helpers failed to start (worker script blocked).');
    expect(closed).toBe(3);
  });
});
