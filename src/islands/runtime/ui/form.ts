/**
 * A lab's settings form on the page: every named field's text goes to the lab's own validator,
 * and each problem is shown in the form's `[data-error-for="<field name>"]` slot (which the
 * field's aria-describedby points at), with the field marked aria-invalid.
 */

/** One problem with one named field, as a lab's validator reports it. */
export interface FieldError { field: string; message: string }

/** What a lab's validator returns: the parsed settings, or one error per bad field. */
export type Validation<T> = { ok: true; value: T } | { ok: false; errors: readonly FieldError[] };

/** Validates `form`'s fields with `validate`, shows the errors (clearing old ones), focuses the first bad field. */
export function readForm<R extends Validation<unknown>>(form: HTMLFormElement, validate: (raw: Record<string, string>) => R): R {
  const raw: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) raw[name] = String(value);
  const result = validate(raw);
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const field = slot.dataset.errorFor!;
    const error = result.ok ? undefined : result.errors.find((e) => e.field === field);
    slot.textContent = error?.message ?? '';
    slot.hidden = !error;
    const control = form.querySelector<HTMLElement>(`[name="${field}"]`);
    if (error) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  return result;
}
