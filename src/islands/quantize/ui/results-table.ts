/**
 * The comparison table: one row per variant, float32 first as the reference. Numbers also go
 * into data- attributes (bytes, accuracy, ms) so tests and the bench read them unformatted.
 */
import { el } from '../../runtime/ui/dom.ts';
import { formatInt } from '../../runtime/ui/dom.ts';
import type { VariantRow } from '../protocol.ts';
import { VARIANT_LABEL } from './labels.ts';

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/** Fills `body` (a tbody) with `rows`; sizes also as a share of float32's. */
export function showResults(body: HTMLElement, rows: readonly VariantRow[]): void {
  const reference = rows[0]!;
  body.replaceChildren(...rows.map((row) => {
    const share = row === reference ? '' : ` (${(row.bytes / reference.bytes * 100).toFixed(1)}%)`;
    const tr = el('tr', {}, [
      el('th', { scope: 'row' }, [VARIANT_LABEL[row.variant]]),
      el('td', { class: 'num' }, [`${formatInt(row.bytes)}${share}`]),
      el('td', { class: 'num' }, [row.scaleBytes ? formatInt(row.scaleBytes) : '—']),
      el('td', { class: 'num' }, [percent(row.accuracy)]),
      el('td', { class: 'num' }, [row === reference ? '—' : formatInt(row.changed)]),
      el('td', { class: 'num' }, [`${formatInt(Math.round(row.ms))} ms`]),
      el('td', { class: 'num' }, [formatInt(Math.round(row.imagesPerSecond))]),
    ]);
    Object.assign(tr.dataset, { variant: row.variant, bytes: String(row.bytes), scaleBytes: String(row.scaleBytes), accuracy: String(row.accuracy), changed: String(row.changed), ms: String(row.ms) });
    return tr;
  }));
}
