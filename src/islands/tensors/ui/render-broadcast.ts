/**
 * Fills the shape view: for element-wise operations A's and B's shapes lined up from the right,
 * one row per axis; for matmul the inner-size rule in words.
 */
import { alignShapes, describeDim } from '../teach/broadcast';
import { explainMatmul } from '../teach/matmul';
import { formatShape } from '../format/values';
import { isElementwise, type Operation, type TensorInput } from '../ops/spec';

/** Shows the alignment for an element-wise `op`, the rule for matmul; for other operations, says it does not apply. */
export function renderBroadcast(root: HTMLElement, a: TensorInput, b: TensorInput | null, op: Operation): void {
  const table = root.querySelector<HTMLTableElement>('[data-part="broadcast"]')!;
  const note = root.querySelector<HTMLElement>('[data-part="broadcast-note"]')!;
  const body = table.tBodies[0]!;
  if (!b || !isElementwise(op.kind)) {
    table.hidden = true;
    note.textContent = b && op.kind === 'matmul' ? explainMatmul(a.shape, b.shape).text : 'Broadcasting applies to the element-wise operations.';
    return;
  }
  const rows = alignShapes(a.shape, b.shape);
  const bad = rows.filter((r) => r.verdict === 'incompatible');
  note.textContent = bad.length === 0
    ? `A ${formatShape(a.shape)} and B ${formatShape(b.shape)} broadcast to ${formatShape(rows.map((r) => r.out!))}.`
    : `A ${formatShape(a.shape)} and B ${formatShape(b.shape)} do not broadcast: ${bad.length === 1 ? 'one axis is' : `${bad.length} axes are`} incompatible.`;
  body.replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    const cells = [`-${r.fromRight}`, r.a === null ? '(none)' : String(r.a), r.b === null ? '(none)' : String(r.b), r.out === null ? '—' : String(r.out), describeDim(r)];
    cells.forEach((text, k) => {
      const cell = document.createElement(k === 0 ? 'th' : 'td');
      if (k === 0) cell.setAttribute('scope', 'row');
      cell.textContent = text;
      if (k === 4) cell.dataset.verdict = r.verdict;
      tr.append(cell);
    });
    return tr;
  }));
  table.hidden = false;
  table.dataset.verdicts = rows.map((r) => r.verdict).join(' ');
}
