/**
 * The line under a number or shape input that says how the grader will read it ("Read as
 * 1.6"), so nothing is silently dropped or misread. An ambiguous number ("1,600": 1600 or
 * 1.6?) gets a choice instead, and the attempt is not sent until the learner picks one.
 */
import { readNumber } from '../../lib/answers/number';
import { formatShape, readShape } from '../../lib/answers/shape';
import { el } from '../../lib/dom';

/** The learner's pick for an ambiguous number, valid only while the input still holds `for`. */
export function confirmedNumber(input: HTMLInputElement): number | null {
  return input.dataset.confirmedFor === input.value && input.dataset.confirmed ? Number(input.dataset.confirmed) : null;
}

function ambiguityChoice(input: HTMLInputElement, readings: [number, number], refresh: () => void): HTMLElement {
  const name = `${input.id}-reading`;
  const option = (value: number, text: string) => {
    const radio = el('input', { type: 'radio', name, value: String(value) });
    radio.checked = confirmedNumber(input) === value;
    radio.addEventListener('change', () => {
      Object.assign(input.dataset, { confirmed: String(value), confirmedFor: input.value });
      refresh();
    });
    return el('label', { class: 'reading-choice' }, [radio, ` ${text}`]);
  };
  return el('div', { role: 'group', 'aria-label': `How should "${input.value.trim()}" be read?` }, [
    el('p', {}, [`"${input.value.trim()}" can be read two ways. Which do you mean?`]),
    option(readings[0], `${readings[0]} (comma groups thousands)`),
    option(readings[1], `${readings[1]} (decimal comma)`),
  ]);
}

/** Updates the reading line of one question (numeric or shape); other types have none. */
export function showReading(set: HTMLFieldSetElement): void {
  const input = set.querySelector<HTMLInputElement>(`input[name="${CSS.escape(set.dataset.questionId ?? '')}"]`);
  const box = set.querySelector<HTMLElement>('[data-reading]');
  if (!input || !box) return;
  const raw = input.value;
  const type = set.dataset.questionType;
  if (raw.trim() === '' || (type !== 'numeric' && type !== 'shape')) return box.replaceChildren();
  if (type === 'shape') {
    const r = readShape(raw);
    return box.replaceChildren(r.kind === 'shape' ? `Read as ${formatShape(r.dims)}` : `Cannot read this as a shape yet: it ${r.reason}.`);
  }
  const r = readNumber(raw);
  if (r.kind === 'number') return box.replaceChildren(`Read as ${r.value}`);
  if (r.kind === 'unreadable') return box.replaceChildren('Cannot read this as a number yet.');
  const chosen = confirmedNumber(input);
  if (chosen !== null && box.querySelector('[role="group"]')) {
    box.querySelector('[data-chosen]')?.remove();
    box.append(el('p', { 'data-chosen': '' }, [`Read as ${chosen}`]));
    return;
  }
  box.replaceChildren(ambiguityChoice(input, r.readings, () => showReading(set)));
}

/** Keeps every reading line current as the learner types. */
export function watchReadings(form: HTMLFormElement): void {
  const sets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question-id]')];
  sets.forEach(showReading);
  form.addEventListener('input', (event) => {
    const set = (event.target as Element | null)?.closest<HTMLFieldSetElement>('fieldset[data-question-id]');
    if (set && (event.target as HTMLInputElement).name === set.dataset.questionId) showReading(set);
  });
}
