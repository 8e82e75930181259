import { describe, expect, it } from 'vitest';
import { buildNotebook, toSourceLines } from './notebook';

const body = [
  '## Build it',
  '```python',
  'import keras',
  'model = keras.Sequential([keras.Input(shape=(4,))])',
  '```',
  '```text',
  'Total params: 0',
  '```',
  'Then:',
  '```python',
  'print(model.summary())',
  '```',
].join('\n');

const src = { title: 'Tensors', summary: 'A short summary of the module.', pageUrl: 'https://example.org/modules/tensors/', body };

describe('buildNotebook', () => {
  it('produces nbformat 4.5 with a title cell and one code cell per python listing', () => {
    const nb = JSON.parse(JSON.stringify(buildNotebook(src)));
    expect(nb.nbformat).toBe(4);
    expect(nb.nbformat_minor).toBe(5);
    expect(nb.metadata.kernelspec.name).toBe('python3');
    expect(nb.cells.map((c: { cell_type: string }) => c.cell_type)).toEqual(['markdown', 'code', 'code']);
    expect(nb.cells[0].source[0]).toBe('# Tensors\n');
    expect(nb.cells[0].source.join('')).toContain(src.pageUrl);
    expect(nb.cells[1].source).toEqual(['import keras\n', 'model = keras.Sequential([keras.Input(shape=(4,))])']);
    expect(nb.cells[2]).toMatchObject({ execution_count: null, outputs: [], source: ['print(model.summary())'] });
  });

  it('gives every cell a unique valid id (required by nbformat 4.5)', () => {
    const ids = buildNotebook(src).cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
  });

  it('refuses a module without python listings', () => {
    expect(() => buildNotebook({ ...src, body: 'prose only' })).toThrow(/no python listings/);
  });
});

describe('toSourceLines', () => {
  it('keeps newlines on all but the last line and drops trailing blank lines', () => {
    expect(toSourceLines('a\nb\n\n')).toEqual(['a\n', 'b']);
  });
});
