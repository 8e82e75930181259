/** The A/B result table: final training, validation and test accuracy and the generalisation gap. */
import type { AbResult } from '../training/fair-ab.ts';
import { percent } from './dom.ts';

/** Fills `body` (a tbody with one row per run) from a finished run. */
export function renderAbTable(body: HTMLElement, result: AbResult, describeB: string): void {
  const rows = (['A', 'B'] as const).map((name) => {
    const r = result[name];
    const tr = document.createElement('tr');
    tr.dataset.run = name;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = name === 'A' ? 'A: no regularization' : `B: ${describeB}`;
    const cells = [r.train.accuracy, r.validation.accuracy, r.gap, r.test.accuracy].map((v, i) => {
      const td = document.createElement('td');
      td.className = 'num';
      td.textContent = i === 2 ? `${(v * 100).toFixed(1)} points` : percent(v);
      td.dataset.value = String(v);
      return td;
    });
    cells[2]!.dataset.part = `gap-${name}`;
    cells[3]!.dataset.part = `test-${name}`;
    tr.append(th, ...cells);
    return tr;
  });
  body.replaceChildren(...rows);
}

/** Run B's regularizers in words, e.g. "dropout 0.3, L2 0.0001, augmentation". */
export function describeRegularizers(c: { dropout: number; l2: number; augment: unknown }): string {
  const parts = [c.dropout > 0 ? `dropout ${c.dropout}` : '', c.l2 > 0 ? `L2 ${c.l2}` : '', c.augment ? 'augmentation' : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no regularization either';
}
