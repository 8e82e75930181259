/**
 * Module 2's comparison with module 4: the learner's saved CNN (its marker in localStorage says how
 * it was trained) scored by the worker on the same 10,000 test images as this MLP.
 */
import { savedInfo } from '../../cnn/ui/persistence';
import { el, formatDuration, formatInt, formatPercent, part } from '../../runtime/ui/dom';
import type { MlpSession } from './session';

/** This run's figures: parameters, test accuracy (0-1), seconds of training and epochs. */
export interface MlpFigures { params: number; accuracy: number; seconds: number; epochs: number }

const CNN_TRAINER = '/modules/cnn/#continue-interactively';

function noCnn(status: HTMLElement, why: string): void {
  status.replaceChildren(`${why} Train one in `, el('a', { href: CNN_TRAINER }, ["module 4's CNN trainer"]), ', press "Save in this browser" there, and come back to compare.');
}

/** Fills the comparison section: a table when a CNN is saved here, else says plainly there is none. */
export async function renderComparison(root: HTMLElement, session: MlpSession, mlp: MlpFigures): Promise<void> {
  const status = part(root, 'compare-status');
  const table = part(root, 'compare');
  part(root, 'compare-section').hidden = false;
  table.replaceChildren();
  table.hidden = true;
  const info = (() => { try { return savedInfo(); } catch { return null; } })();
  if (!info) return noCnn(status, 'There is no CNN from module 4 saved in this browser.');
  status.textContent = 'Scoring your saved CNN on the same 10,000 test images…';
  const cnn = await session.current.request({ type: 'evaluate-saved-cnn' });
  if (!cnn.found) return noCnn(status, 'The CNN recorded as saved is no longer in this browser’s storage.');
  const row = (label: string, a: string, b: string) => el('tr', {}, [el('th', { scope: 'row' }, [label]), el('td', { class: 'num' }, [a]), el('td', { class: 'num' }, [b])]);
  table.replaceChildren(el('table', { class: 'mlp-compare' }, [
    el('caption', {}, ['Both models scored here on the same 10,000 test images']),
    el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['']), el('th', { scope: 'col' }, ['This MLP']), el('th', { scope: 'col' }, ['Your CNN (module 4)'])])]),
    el('tbody', {}, [
      row('Parameters', formatInt(mlp.params), formatInt(cnn.totalParams)),
      row('Test accuracy', formatPercent(mlp.accuracy, 2), formatPercent(cnn.accuracy, 2)),
      row('Training time', `${formatDuration(mlp.seconds)} (${mlp.epochs} epochs)`, `${formatDuration(info.record.trainingSeconds)} (${info.record.epochs} epochs on ${info.record.backend})`),
    ]),
  ]));
  table.hidden = false;
  table.dataset.cnnAccuracy = String(cnn.accuracy);
  status.textContent = `Your CNN was saved ${new Date(cnn.savedAt).toLocaleString()}.`;
}
