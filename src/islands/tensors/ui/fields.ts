/** Reading the form's fields and showing a message next to each invalid one. */
import type { Field } from './read-form';

/** A getter over the form's current values, as `readRequest` wants it. */
export function fieldGetter(form: HTMLFormElement): (field: Field) => string {
  return (field) => {
    const control = form.elements.namedItem(field);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') return control.checked ? 'on' : '';
    return control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement ? control.value : '';
  };
}

/** Sets fields from a preset (checkboxes take "on" or ""); fields not named keep their values. */
export function setFields(form: HTMLFormElement, values: Partial<Record<Field, string>>): void {
  for (const [field, value] of Object.entries(values)) {
    const control = form.elements.namedItem(field);
    if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === 'on';
    else if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) control.value = value;
  }
}

/** Shows each message beside its field (and marks the field invalid); clears the others. */
export function showFieldErrors(root: HTMLElement, form: HTMLFormElement, errors: Partial<Record<Field, string>>): void {
  for (const slot of root.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const field = slot.dataset.errorFor as Field;
    const message = errors[field];
    slot.hidden = !message;
    slot.textContent = message ?? '';
    const control = form.elements.namedItem(field);
    if (control instanceof HTMLElement) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}
