/**
 * Every page and state at 360 px: nothing scrolls sideways (issue 14). Pages with tables get
 * realistic rows (long display names, all 25 modules); the CNN trainer's running and results
 * states are in cnn-phone.spec.ts because they need a real training run.
 */
import { expect, test } from './support/test';
import { answerQuiz, checkAnswers, summary, uniqueName } from './support/learner';
import { PHONE, expectNoSidewaysScroll } from './support/phone';

test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

const LONG_NAME = 'Wolfeschlegelsteinhausenbergerd'; // 31 characters, no space to break at

test('catalog: idle, search results, no results, filtered, empty filter', async ({ page }) => {
  await page.goto('/');
  await expectNoSidewaysScroll(page, 'catalog');
  const search = page.getByLabel('Search the course');
  await search.fill('Conv2D');
  await expect(page.locator('[data-search-status]')).toContainText('results for');
  await expectNoSidewaysScroll(page, 'search results for Conv2D');
  await search.fill('xyzzy');
  await expect(page.locator('[data-search-status]')).toHaveText('No results for “xyzzy”');
  await expectNoSidewaysScroll(page, 'search with no results');
  await search.fill('');
  await page.getByRole('radio', { name: 'Advanced' }).check();
  await expectNoSidewaysScroll(page, 'catalog filtered by level');
  // A tag no Beginner module has (read from the cards: tags are content and may change).
  const tag = await page.locator('[data-module-card]').evaluateAll((cards) => {
    const beginner = new Set(cards.filter((c) => c.getAttribute('data-level') === 'Beginner').flatMap((c) => c.getAttribute('data-tags')!.split(' ')));
    return cards.flatMap((c) => c.getAttribute('data-tags')!.split(' ')).find((t) => t && !beginner.has(t))!;
  });
  await page.goto(`/?level=Beginner&tag=${encodeURIComponent(tag)}`);
  await expect(page.locator('[data-filter-status]')).toHaveText('No modules match these filters.');
  await expectNoSidewaysScroll(page, 'catalog with no matching module');
});

test('module page, quiz result and the save dialog; then progress and the boards', async ({ page }) => {
  await page.goto('/modules/tensors/');
  await expectNoSidewaysScroll(page, 'plain module page');
  await answerQuiz(page, 'tensors', true);
  await checkAnswers(page);
  await expect(summary(page)).toBeVisible();
  await expectNoSidewaysScroll(page, 'quiz result');
  await page.getByRole('button', { name: 'Save my progress' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoSidewaysScroll(page, 'save dialog');
  await dialog.getByLabel('Display name').fill(uniqueName(LONG_NAME.slice(0, 22)));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.locator('[data-recovery-code]')).toBeVisible();
  await expectNoSidewaysScroll(page, 'recovery code dialog');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.goto('/progress/');
  await expect(page.locator('[data-progress]')).toBeVisible();
  await expectNoSidewaysScroll(page, 'progress page with all 25 modules');

  const entry = (rank: number, extra: object) => ({ rank, handle: rank.toString(16).padStart(16, '0'), displayName: `${LONG_NAME}${rank}`.slice(0, 32), ...extra });
  await page.route('**/api/leaderboards/cnn**', (route) => route.fulfill({ json: {
    board: 'cnn', limit: 10, me: null,
    entries: [1, 2, 3].map((r) => entry(r, { accuracy: 0.9912, correct: 9912, submittedAt: new Date(Date.UTC(2026, 8, 30)).toISOString() })),
  } }));
  await page.route('**/api/leaderboards/course**', (route) => route.fulfill({ json: {
    board: 'course', limit: 10, me: entry(42, { modulesPassed: 1, quizPoints: 100, reachedAt: new Date(0).toISOString() }),
    entries: [1, 2, 3].map((r) => entry(r, { modulesPassed: 25, quizPoints: 2500, reachedAt: new Date(0).toISOString() })),
  } }));
  await page.goto('/leaderboards/');
  await expect(page.locator('table[data-board="cnn"] tbody tr')).toHaveCount(3);
  await expect(page.locator('table[data-board="course"] tbody tr')).toHaveCount(5);
  await expectNoSidewaysScroll(page, 'leaderboards with long names');
});

test('module 4 before training, and the 404 page', async ({ page }) => {
  await page.goto('/modules/cnn/');
  await page.locator('[data-cnn-trainer]').scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page, 'module 4 with the idle trainer');
  const backend = page.locator('select#cnn-backend');
  await backend.selectOption('cpu');
  // The chosen option's text fits its box (a select clips what does not fit).
  const fits = await backend.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
    probe.textContent = el.selectedOptions[0]!.text;
    document.body.append(probe);
    const text = probe.getBoundingClientRect().width;
    probe.remove();
    return { text, room: el.clientWidth - 40 }; // minus padding and the arrow
  });
  expect(fits.text, 'the backend dropdown shows its whole text').toBeLessThanOrEqual(fits.room);
  await page.goto('/no-such-page/');
  await expectNoSidewaysScroll(page, '404 page');
});
