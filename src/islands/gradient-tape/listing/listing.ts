/**
 * The module's `train_step` listing, cut from the module's own MDX at build time (so the island
 * can never show code the module does not), and which of its lines each phase runs.
 */
import type { Phase } from '../training/results.ts';

/** One line of the listing: 1-based number, text, and the phase that runs it (if any). */
export interface ListingLine { number: number; text: string; phase: Phase | null }

/** Substrings that identify each phase's lines in the listing. */
export const PHASE_MARKERS: Record<Phase, string[]> = {
  forward: ['with tf.GradientTape() as tape:', 'logits = model(x, training=True)', 'loss = loss_fn(y, logits)'],
  gradients: ['grads = tape.gradient(loss, model.trainable_variables)'],
  apply: ['optimizer.apply_gradients(', 'train_loss.update_state(loss)', 'train_acc.update_state(y, logits)'],
};

/**
 * The `@tf.function def train_step(x, y):` block of the module's Python listing, up to the first
 * blank line, with each line's phase. Throws when the block or any phase's line is missing, so a
 * changed listing fails the build instead of highlighting the wrong code.
 */
export function trainStepListing(mdx: string): ListingLine[] {
  const lines = mdx.split('\n');
  const start = lines.findIndex((line, i) => line === '@tf.function' && lines[i + 1]?.startsWith('def train_step('));
  if (start < 0) throw new Error('The module has no "@tf.function def train_step(...)" listing.');
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  const block = lines.slice(start, end < 0 ? undefined : end);
  const listing = block.map((text, i) => ({
    number: i + 1,
    text,
    phase: (Object.keys(PHASE_MARKERS) as Phase[]).find((phase) => PHASE_MARKERS[phase].some((m) => text.includes(m))) ?? null,
  }));
  for (const [phase, markers] of Object.entries(PHASE_MARKERS)) {
    for (const marker of markers) {
      if (!listing.some((line) => line.phase === phase && line.text.includes(marker))) throw new Error(`The train_step listing has no line with "${marker}".`);
    }
  }
  return listing;
}

/** "line 8" or "lines 3–5": the numbers of `phase`'s lines, as a screen reader should hear them. */
export function describeLines(listing: ListingLine[], phase: Phase): string {
  const numbers = listing.filter((line) => line.phase === phase).map((line) => line.number);
  if (numbers.length === 0) throw new Error(`No line of the listing runs the ${phase} phase.`);
  return numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers[0]}–${numbers[numbers.length - 1]}`;
}
