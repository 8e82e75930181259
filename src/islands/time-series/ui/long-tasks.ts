/**
 * Measures how long the page's thread was blocked at a time (the Long Tasks API: tasks over 50 ms),
 * so the lab can show, and the e2e test can read, that training on the page's thread keeps it usable.
 */

/** Starts watching; `longest()` is the longest task since the last `reset()` in ms (0 if none or unsupported). */
export function watchLongTasks(root: HTMLElement): { longest(): number; reset(): void } {
  let longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, Math.round(entry.duration));
      root.dataset.longestTask = String(longest);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // No Long Tasks API (Firefox, Safari): nothing to report.
  }
  return { longest: () => longest, reset: () => { longest = 0; root.dataset.longestTask = '0'; } };
}
