/** DOM helpers for the module 5 island: its elements are found by `data-part` inside its root. */

/** The element `[data-part=name]` inside `root`; throws if the page shell lacks it. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`Regularization island: missing [data-part="${name}"] in the page shell`);
  return element;
}

/** The number in input `name` of `form` (NaN when empty or not a number); `blank` for an empty field. */
export function numberField(form: HTMLFormElement, name: string, blank = Number.NaN): number {
  const input = form.elements.namedItem(name) as HTMLInputElement | null;
  if (!input) throw new Error(`Regularization island: missing field "${name}"`);
  const text = input.value.trim();
  return text === '' ? blank : Number(text);
}

/**
 * Shows `problems` ([field name, message]) next to their fields (an element
 * `[data-error-for=name]`) and marks the fields invalid; clears the others. Returns true if none.
 */
export function showProblems(form: HTMLFormElement, problems: [string, string][]): boolean {
  const byField = new Map(problems);
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const field = slot.dataset.errorFor!;
    const message = byField.get(field);
    slot.textContent = message ?? '';
    slot.hidden = !message;
    form.querySelector(`[name="${field}"]`)?.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  return problems.length === 0;
}

export const percent = (fraction: number) => (Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : '—');
