import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from './rehype-table-scroll.mjs';

const el = (tagName: string, children: unknown[] = [], properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children });
const txt = (value: string) => ({ type: 'text', value });

describe('rehypeTableScroll', () => {
  it('puts a Markdown table in a focusable, named .table-scroll region', () => {
    const table = el('table', [el('thead', [el('tr', [el('th', [txt('Format')]), el('th', [txt('Size')])])])]);
    const tree = el('root', [el('p'), table]);
    rehypeTableScroll()(tree as never);
    const box = tree.children[1] as ReturnType<typeof el>;
    expect(box.tagName).toBe('div');
    expect(box.properties).toEqual({ className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: 'Table of Format, Size (scrolls sideways on small screens)' });
    expect(box.children[0]).toBe(table);
  });

  it('names the region by its caption and leaves an already wrapped table alone', () => {
    const captioned = el('table', [el('caption', [txt('Results')])]);
    const wrapped = el('div', [el('table')], { className: ['table-scroll'] });
    const tree = el('root', [el('section', [captioned]), wrapped]);
    rehypeTableScroll()(tree as never);
    expect((tree.children[0] as ReturnType<typeof el>).children[0]).toMatchObject({ tagName: 'div', properties: { ariaLabel: 'Results (scrolls sideways on small screens)' } });
    expect(tree.children[1]).toBe(wrapped);
    expect((wrapped.children[0] as ReturnType<typeof el>).tagName).toBe('table');
  });
});
