/**
 * The 10x10 confusion matrix as a real table (row and column headers, a caption), shaded like a
 * heat map. Shading is a CSS custom property so the theme decides the colour; the count is text.
 */
import { el, formatInt } from '../../runtime/ui/dom';

/**
 * A cell's heat-map shade (0-1 share of the accent colour) and whether its count is drawn in the
 * accent's foreground colour. Minority shares grow like a square root so that a few percent of
 * mistakes still shows. Shades from 0.45 to 0.9 leave too little contrast for either text colour
 * in one theme or the other, so the mapping jumps over them at the majority mark
 * (confusion.test.ts checks every share against both themes' colours).
 */
export function cellShade(share: number): { shade: number; strong: boolean } {
  return share > 0.5 ? { shade: 0.8 + 0.2 * share, strong: true } : { shade: 0.45 * Math.sqrt(2 * share), strong: false };
}

export function renderConfusion(container: HTMLElement, matrix: number[][]): void {
  if (matrix.length !== 10 || matrix.some((row) => row.length !== 10)) {
    throw new Error(`Confusion matrix must be 10x10, got ${matrix.length} rows`);
  }
  const rowTotals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const head = el('thead', {}, [
    el('tr', {}, [el('td'), ...matrix.map((_, c) => el('th', { scope: 'col' }, [String(c)]))]),
  ]);
  const body = el('tbody', {}, matrix.map((row, r) => el('tr', {}, [
    el('th', { scope: 'row' }, [String(r)]),
    ...row.map((count, c) => {
      const { shade, strong } = cellShade(rowTotals[r] ? count / rowTotals[r]! : 0);
      const cell = el('td', { class: r === c ? 'diagonal' : '', style: `--shade: ${shade.toFixed(3)}` }, [formatInt(count)]);
      if (strong) cell.classList.add('dark');
      return cell;
    }),
  ])));
  const caption = el('caption', {}, ['Confusion matrix on the 10,000 test images: rows are the true digit, columns the predicted digit; the deeper the shade, the larger the share of the row.']);
  container.replaceChildren(el('table', { class: 'cnn-confusion' }, [caption, head, body]));
}
