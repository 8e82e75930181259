/**
 * Measures how long the page's thread was blocked at a time (the Long Tasks API: tasks over 50 ms),
 * so the lab can show, and the e2e test can read, that training on the page's thread keeps it usable.
 */

/** Starts watching; `longest(from, to)` is the longest task that started in [from, to] (performance.now() ms), 0 if none or unsupported. */
export function watchLongTasks(): { longest(from: number, to: number): number } {
  const seen: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No Long Tasks API (Firefox, Safari): nothing to report.
  }
  return { longest: (from, to) => Math.round(Math.max(0, ...seen.filter((e) => e.start >= from && e.start <= to).map((e) => e.duration))) };
}
