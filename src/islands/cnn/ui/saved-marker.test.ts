import { describe, expect, it } from 'vitest';
import { describeSaved, readSavedMarker, SAVED_MARKER_KEY } from './saved-marker';

describe('describeSaved', () => {
  const savedAt = '2026-11-29T19:30:00.000Z';
  it('gives the date in the learner\'s locale and the test accuracy', () => {
    const text = describeSaved({ savedAt, testAccuracy: 0.98123 }, 'de-DE');
    expect(text).toMatch(/^saved 29\.11\.2026, \d{2}:30, test accuracy 98,12\s%$/);
    expect(describeSaved({ savedAt, testAccuracy: 0.98123 }, 'en-US')).toMatch(/^saved Nov 29, 2026, \d{1,2}:30\s[AP]M, test accuracy 98\.12%$/);
  });
  it('leaves the accuracy out when the save did not record it', () => {
    expect(describeSaved({ savedAt }, 'en-GB')).toMatch(/^saved 29 Nov 2026, \d{2}:30$/);
  });
  it('refuses an unreadable date instead of showing "Invalid Date"', () => {
    expect(() => describeSaved({ savedAt: 'yesterday' })).toThrow(/unreadable date "yesterday"/);
  });
});

describe('readSavedMarker', () => {
  const storage = (value: string | null) => ({ getItem: (key: string) => (key === SAVED_MARKER_KEY ? value : null) });
  it('reads a marker and ignores a missing or damaged one', () => {
    expect(readSavedMarker(storage(JSON.stringify({ savedAt: 'x', testAccuracy: 0.9 })))).toEqual({ savedAt: 'x', testAccuracy: 0.9 });
    expect(readSavedMarker(storage(null))).toBeNull();
    expect(readSavedMarker(storage('{not json'))).toBeNull();
    expect(readSavedMarker(storage('{"record":{}}'))).toBeNull();
  });
});
