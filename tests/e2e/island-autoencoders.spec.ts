/**
 * Module 17's autoencoder lab in real Chromium (issue 16): nothing heavy loads before Start; a
 * setting out of range gets a message beside its field; the default run trains (the test digits'
 * reconstruction error falls far below the untrained model's), shows a finite threshold, the rows
 * of digits and the denoising slider; a drawn digit scores lower than a dense scribble; axe is clean
 * after the run; at 360 px nothing scrolls sideways. Generous timeouts: the machine is shared and busy.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './support/test';
import { PHONE, expectNoSidewaysScroll } from './support/phone';
import { openLabRecordingHeavy } from './support/heavy';

const URL = '/modules/autoencoders/';

/** Draws polylines on the pad with real mouse events; points are fractions of the pad's size. */
async function draw(page: Page, lab: Locator, strokes: [number, number][][]): Promise<void> {
  const pad = lab.locator('[data-part="pad"]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = ([fx, fy]: [number, number]) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  for (const stroke of strokes) {
    await page.mouse.move(...at(stroke[0]!));
    await page.mouse.down();
    for (const point of stroke.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
    await page.mouse.up();
  }
}

const SEVEN: [number, number][][] = [[[0.25, 0.2], [0.75, 0.2], [0.45, 0.85]]];
/** Back-and-forth zigzags over the whole pad, then a cross-hatch: a dense scribble, nothing like a digit. */
const SCRIBBLE: [number, number][][] = [
  Array.from({ length: 9 }, (_, i) => [i % 2 ? 0.9 : 0.1, 0.1 + i * 0.1] as [number, number]),
  Array.from({ length: 9 }, (_, i) => [0.1 + i * 0.1, i % 2 ? 0.9 : 0.1] as [number, number]),
];

/** The drawing's score once it has stopped changing (the last stroke's score has arrived). */
async function settledScore(lab: Locator): Promise<number> {
  const score = lab.locator('[data-part="score"]');
  await expect(score).toHaveAttribute('data-value', /\d/, { timeout: 30_000 });
  let last = await score.getAttribute('data-value');
  for (let i = 0; i < 20; i++) {
    await lab.page().waitForTimeout(500);
    const next = await score.getAttribute('data-value');
    if (next === last) return Number(next);
    last = next;
  }
  throw new Error('The score kept changing after the drawing was finished.');
}

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).include('[data-autoencoder-lab]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

test('the default run reconstructs, denoises and scores drawings', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(420_000);
  const { lab, heavy } = await openLabRecordingHeavy(page, URL, '[data-autoencoder-lab]');
  expect(heavy, 'TensorFlow.js, the worker and MNIST load only after Start').toEqual([]);

  await test.step('a setting out of range gets a message beside its field', async () => {
    await lab.getByLabel(/^Epochs/).fill('0');
    await lab.getByLabel(/^Training noise/).fill('0.9');
    await lab.getByRole('button', { name: 'Start: train the autoencoder' }).click();
    await expect(lab.locator('[data-error-for="epochs"]')).toHaveText(/from 1 to 20/);
    await expect(lab.locator('[data-error-for="trainNoise"]')).toHaveText(/from 0 to 0.5/);
    await expect(lab.getByLabel(/^Epochs/)).toHaveAttribute('aria-invalid', 'true');
    await lab.getByLabel(/^Epochs/).fill('2');
    await lab.getByLabel(/^Training noise/).fill('0.4');
  });

  await test.step('the default run trains: reconstruction error falls far below the untrained model', async () => {
    await lab.getByRole('button', { name: 'Start: train the autoencoder' }).click();
    await expect(lab).toHaveAttribute('data-state', 'done', { timeout: 360_000 });
    expect(heavy.some((u) => /tfjs|\.wasm/.test(u)), 'TensorFlow.js loaded after Start').toBe(true);
    await expect(lab.locator('[data-part="loss-chart"]')).toHaveAttribute('data-points', '2');
    const summary = lab.locator('[data-part="test-error"]');
    const [before, after] = [Number(await summary.getAttribute('data-before')), Number(await summary.getAttribute('data-after'))];
    expect(after, `test error after training (${after}) vs untrained (${before})`).toBeLessThan(before / 3);
    const threshold = Number(await lab.locator('[data-part="threshold"]').getAttribute('data-value'));
    expect(Number.isFinite(threshold) && threshold > 0, `threshold ${threshold}`).toBe(true);
    for (const row of ['inputs', 'reconstructions', 'noisy', 'denoised']) await expect(lab.locator(`[data-part="${row}"] canvas`)).toHaveCount(8);
    console.log(`autoencoder default run: ${await lab.getAttribute('data-seconds')} s; test error ${before} -> ${after}; threshold ${threshold}`);
  });

  await test.step('the noise slider redraws the noisy digits', async () => {
    await lab.getByLabel(/^Test noise/).fill('0.1');
    await expect(lab.locator('[data-part="noisy-rows"]')).toHaveAttribute('data-noise', '0.1', { timeout: 30_000 });
    await expect(lab.locator('[data-part="noise-note"]')).toContainText('shown with 0.10');
  });

  await test.step('an empty pad says so; a digit scores lower than a scribble', async () => {
    await expect(lab.locator('[data-part="verdict"]')).toHaveText(/pad is empty/);
    await draw(page, lab, SEVEN);
    const digit = await settledScore(lab);
    await lab.getByRole('button', { name: 'Clear' }).click();
    await expect(lab.locator('[data-part="verdict"]')).toHaveText(/pad is empty/);
    await draw(page, lab, SCRIBBLE);
    const scribble = await settledScore(lab);
    console.log(`autoencoder scores: digit ${digit}, scribble ${scribble}, verdict ${await lab.locator('[data-part="verdict"]').getAttribute('data-verdict')}`);
    expect(scribble, 'the scribble scores higher than the digit').toBeGreaterThan(digit);
    await expect(lab.locator('[data-part="histogram"] svg .ae-score')).toHaveCount(1);
  });

  await test.step('without a pointer: a test digit is scored from the keyboard; a bad number gets a message', async () => {
    const index = lab.getByLabel('Or score test digit #');
    await index.fill('12345');
    await index.press('Enter');
    await expect(lab.locator('[data-part="test-digit-error"]')).toHaveText(/from 0 to 9,999/);
    await expect(index).toHaveAttribute('aria-invalid', 'true');
    const previous = (await lab.locator('[data-part="score"]').getAttribute('data-value'))!;
    await index.fill('3');
    await index.press('Enter');
    await expect(lab.locator('[data-part="score"]')).not.toHaveAttribute('data-value', previous, { timeout: 30_000 });
    await expect(lab.locator('[data-part="test-digit-error"]')).toBeHidden();
    const score = await settledScore(lab);
    const threshold = Number(await lab.locator('[data-part="threshold"]').getAttribute('data-value'));
    console.log(`autoencoder: test digit #3 scores ${score} (threshold ${threshold})`);
    await expect(lab.locator('[data-part="drawing-input"]')).toHaveAttribute('width', '28');
  });

  await test.step('the lab passes axe after a run', async () => { await axeClean(page); });
});

test('the lab on a 360 px phone in the dark scheme: no sideways scroll, axe clean after a run', { tag: '@island' }, async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(URL);
  const lab = page.locator('[data-autoencoder-lab]');
  await expectNoSidewaysScroll(page, 'lab before Start');
  await lab.getByLabel(/^Training images/).fill('500');
  await lab.getByLabel(/^Epochs/).fill('1');
  await lab.getByRole('button', { name: 'Start: train the autoencoder' }).click();
  await expect(lab).toHaveAttribute('data-state', 'done', { timeout: 240_000 });
  await draw(page, lab, SEVEN);
  await settledScore(lab);
  await expectNoSidewaysScroll(page, 'lab after a run');
  await axeClean(page);
});
