/**
 * The localStorage marker that records a saved model, and how the page describes it. Kept apart
 * (no TensorFlow.js, no other imports) so the page's tiny loader can offer the saved model.
 */
export const SAVED_MARKER_KEY = 'tfk.cnn.saved';

/** What the marker says about a save: when (ISO 8601) and, when known, the test accuracy (0-1). */
export interface SavedSummary { savedAt: string; testAccuracy?: number }

/**
 * "saved 29 Nov 2026, 19:30, test accuracy 98.12%": the date in the learner's locale
 * (`locale` undefined = the browser's), the accuracy only when the save recorded it.
 * Throws on a date that does not parse, so a damaged marker is not shown as "Invalid Date".
 */
export function describeSaved(saved: SavedSummary, locale?: string): string {
  const when = new Date(saved.savedAt);
  if (Number.isNaN(when.getTime())) throw new Error(`Saved model marker: unreadable date "${saved.savedAt}"`);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
  const accuracy = typeof saved.testAccuracy === 'number' && Number.isFinite(saved.testAccuracy)
    ? `, test accuracy ${new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(saved.testAccuracy)}`
    : '';
  return `saved ${date}${accuracy}`;
}

/** The marker in storage, or null when there is none or it is unreadable (storage blocked). */
export function readSavedMarker(storage: Pick<Storage, 'getItem'>): (SavedSummary & Record<string, unknown>) | null {
  try {
    const parsed = JSON.parse(storage.getItem(SAVED_MARKER_KEY) ?? 'null') as (SavedSummary & Record<string, unknown>) | null;
    return parsed && typeof parsed.savedAt === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
