import { describe, expect, it } from 'vitest';
import { extractListings, pythonListings } from './listings';

const body = [
  'Intro text.',
  '```python title="build.py"',
  'import keras',
  'model = keras.Sequential()',
  '```',
  '',
  '```text',
  'Total params: 10',
  '```',
  '````python',
  'print("```")',
  '````',
].join('\n');

describe('extractListings', () => {
  it('finds every fence with its language, meta, code and line', () => {
    const all = extractListings(body);
    expect(all.map((l) => [l.lang, l.line])).toEqual([['python', 2], ['text', 7], ['python', 10]]);
    expect(all[0]?.meta).toBe('title="build.py"');
    expect(all[0]?.code).toBe('import keras\nmodel = keras.Sequential()');
  });
  it('does not close a long fence on a shorter one inside it', () => {
    expect(extractListings(body)[2]?.code).toBe('print("```")');
  });
  it('keeps only python listings for notebooks', () => {
    expect(pythonListings(body)).toHaveLength(2);
  });
});
