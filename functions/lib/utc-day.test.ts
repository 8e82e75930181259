import { describe, expect, it } from 'vitest';
import { secondsUntilNextUtcDay, utcDay } from './utc-day';

describe('UTC days', () => {
  it('numbers days from the epoch and rolls over at midnight UTC', () => {
    expect(utcDay(Date.UTC(1970, 0, 1, 23, 59, 59, 999))).toBe(0);
    expect(utcDay(Date.UTC(1970, 0, 2))).toBe(1);
  });

  it('counts the seconds left in the day, rounded up, never 0', () => {
    expect(secondsUntilNextUtcDay(Date.UTC(2026, 10, 29, 23, 0, 0))).toBe(3600);
    expect(secondsUntilNextUtcDay(Date.UTC(2026, 10, 29, 23, 59, 59, 500))).toBe(1);
    expect(secondsUntilNextUtcDay(Date.UTC(2026, 10, 29))).toBe(86_400);
  });
});
