// @ts-check
/**
 * A rehype plugin for the modules' Markdown tables: each goes into the site's `.table-scroll`
 * box (global.css), which scrolls sideways on a narrow phone and, with role="region",
 * tabindex="0" and a name, can be reached and scrolled from the keyboard (axe:
 * scrollable-region-focusable). Islands write the same box by hand.
 */

/** @typedef {{ type: string, tagName?: string, value?: string, properties?: Record<string, unknown>, children?: HastNode[] }} HastNode */

/** @param {HastNode} node @returns {string} the node's text, whitespace collapsed */
const text = (node) => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(text).join(' ')).replace(/\s+/g, ' ').trim();

/** @param {HastNode} table @returns {string} the region's name: the caption, else the column headings */
function regionName(table) {
  /** @type {HastNode[]} */
  const found = [];
  /** @param {HastNode} node */
  const find = (node) => { if (node.tagName === 'caption' || node.tagName === 'th') found.push(node); else (node.children ?? []).forEach(find); };
  find(table);
  const caption = found.find((n) => n.tagName === 'caption');
  const what = caption ? text(caption) : `Table of ${found.map(text).filter(Boolean).join(', ')}`;
  return `${what} (scrolls sideways on small screens)`;
}

/** @param {HastNode} node wraps every table below `node` that is not already in a .table-scroll box */
function wrapTables(node) {
  const children = node.children ?? [];
  children.forEach((child, i) => {
    if (child.tagName === 'table') {
      children[i] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: regionName(child) }, children: [child] };
    } else if (!(Array.isArray(child.properties?.className) && child.properties.className.includes('table-scroll'))) {
      wrapTables(child);
    }
  });
}

/** The plugin: `rehypePlugins: [rehypeTableScroll]`. */
export function rehypeTableScroll() {
  return /** @param {HastNode} tree */ (tree) => wrapTables(tree);
}
