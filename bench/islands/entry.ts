/**
 * One island in `npm run bench:islands`: where it lives, how to start its default run, and how
 * to read the result only a finished run shows. Add an island with one file in entries/ whose
 * default export is an IslandEntry (see entries/cnn.ts); run.ts finds it by itself.
 */
import type { Locator } from '@playwright/test';

export interface IslandEntry {
  /** Short id used in BENCH_ISLANDS=name1,name2 and in the report. */
  name: string;
  /** What the default run is, for the table (e.g. "Module 4 CNN, Quick, 1 epoch"). */
  title: string;
  /** The module page, e.g. '/modules/cnn/'. */
  path: string;
  /** CSS selector of the island's root element on that page. */
  root: string;
  /** Sets the default run's controls and presses Start (the clock starts before this runs). */
  start(island: Locator): Promise<void>;
  /** Waits until the run's result is shown (the clock stops then) and returns it, e.g. { testAccuracy: 0.93 }. */
  result(island: Locator): Promise<Record<string, number | string>>;
  /** Longest the run may take before the bench gives up on it, in ms (default 300,000). */
  timeoutMs?: number;
  /** Runs only when BENCH_ISLANDS names it (a long measurement, not a default run). */
  onRequestOnly?: boolean;
}
