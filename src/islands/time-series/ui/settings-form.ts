/**
 * Reads the settings form and shows each problem next to its control (aria-invalid plus the
 * message in the element the control's aria-describedby points at).
 */
import { validateSettings, type LabSettings, type SettingsResult } from './settings.ts';

/** Validates `form`'s fields, marks the invalid ones, focuses the first, and returns the result. */
export function readSettings(form: HTMLFormElement): SettingsResult {
  const raw: Partial<Record<keyof LabSettings, string>> = {};
  for (const [name, value] of new FormData(form)) raw[name as keyof LabSettings] = String(value);
  const result = validateSettings(raw);
  for (const message of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const field = message.dataset.errorFor!;
    const error = result.ok ? undefined : result.errors.find((e) => e.field === field);
    message.textContent = error?.message ?? '';
    message.hidden = !error;
    const control = form.querySelector<HTMLElement>(`[name="${field}"]`);
    if (error) control?.setAttribute('aria-invalid', 'true');
    else control?.removeAttribute('aria-invalid');
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  return result;
}
