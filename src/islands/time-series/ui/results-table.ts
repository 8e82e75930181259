/**
 * The results table: one row per baseline or model with its trainable parameters, epochs (run, and
 * the one early stopping kept) and MAE on the
 * validation and test periods (series units). Numbers also sit in data-* attributes for tests.
 */
import { el, formatInt } from '~/islands/runtime/ui/dom';
import type { Result } from '../data/prepare.ts';

/** Replaces `tbody`'s rows with `results`; the lowest test MAE is marked "(best)" in words. */
export function showResults(tbody: HTMLElement, results: Result[]): void {
  const best = Math.min(...results.map((r) => r.testMae));
  tbody.replaceChildren(...results.map((r) => el('tr', { 'data-model': r.key, 'data-test-mae': String(r.testMae), 'data-validation-mae': String(r.validationMae) }, [
    el('th', { scope: 'row' }, [r.label]),
    el('td', { class: 'num' }, [r.params === 0 ? '0 (no training)' : formatInt(r.params)]),
    el('td', { class: 'num' }, [r.epochsRun === undefined ? '—' : `${r.epochsRun} (kept ${r.bestEpoch})`]),
    el('td', { class: 'num' }, [r.validationMae.toFixed(3)]),
    el('td', { class: 'num' }, [r.testMae.toFixed(3) + (r.testMae === best ? ' (best)' : '')]),
  ])));
}
