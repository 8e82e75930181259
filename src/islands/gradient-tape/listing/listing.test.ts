import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeLines, trainStepListing } from './listing';

const mdx = readFileSync(new URL('../../../../content/modules/gradient-tape/index.mdx', import.meta.url), 'utf8');

describe('the train_step listing', () => {
  const listing = trainStepListing(mdx);

  it('is cut verbatim from the module, from @tf.function to the metric updates', () => {
    const text = listing.map((line) => line.text).join('\n');
    expect(mdx).toContain(text);
    expect(listing[0]!.text).toBe('@tf.function');
    expect(listing.at(-1)!.text.trim()).toBe('train_acc.update_state(y, logits)');
  });

  it('maps each phase to the lines that run it', () => {
    const phaseOf = (marker: string) => listing.find((line) => line.text.includes(marker))!.phase;
    expect(phaseOf('tape.gradient(')).toBe('gradients');
    expect(phaseOf('model(x, training=True)')).toBe('forward');
    expect(phaseOf('apply_gradients(')).toBe('apply');
    expect(phaseOf('def train_step')).toBeNull();
    expect(describeLines(listing, 'gradients')).toMatch(/^line \d+$/);
    expect(describeLines(listing, 'forward')).toMatch(/^lines \d+–\d+$/);
  });

  it('refuses a listing that lost a phase line', () => {
    expect(() => trainStepListing(mdx.replace('grads = tape.gradient(', 'grads = other('))).toThrow(/tape.gradient/);
    expect(() => trainStepListing('no code here')).toThrow(/no "@tf.function/);
  });
});
