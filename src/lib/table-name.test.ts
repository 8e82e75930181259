import { describe, expect, it } from 'vitest';
import { tableRegionName } from './table-name';

describe('tableRegionName', () => {
  it('names a table by its caption, else its headings, else plainly', () => {
    expect(tableRegionName('<caption>Results <em>per</em> run</caption><tr><th>A</th></tr>')).toBe('Results per run (scrolls sideways on small screens)');
    expect(tableRegionName('<thead><tr><th>Format</th><th><code>save()</code> &amp; load</th></tr></thead>')).toBe('Table of Format, save() & load (scrolls sideways on small screens)');
    expect(tableRegionName('<tr><td>1</td></tr>')).toBe('Table (scrolls sideways on small screens)');
  });
});
