/**
 * The learner's journeys in a real browser against the locally served Worker and its D1:
 * guest grading, a learner's wrong-then-right attempts with the reveal rule, progress page,
 * catalog badges, course leaderboard, recovery to a fresh context, two isolated learners,
 * and a quiz surviving an unreachable (or rate-limited) API.
 * Sign-up and recovery share a 5/min per-IP limit: this file makes three sign-ups and two recoveries
 * (the second, with the spent code, is refused).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from './support/test';
import { answerQuiz, checkAnswers, saveProgress, summary, uniqueName } from './support/learner';

const progressRow = (page: Page, slug: string) => page.locator(`tr[data-progress-row="${slug}"]`);

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('a guest is graded and nothing is stored', async ({ page }) => {
  const authorised: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/api/') && r.headers().authorization) authorised.push(r.url()); });
  await page.goto('/modules/tensors/');
  await answerQuiz(page, 'tensors', true);
  await checkAnswers(page);
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Passed');
  await expect(summary(page)).toContainText('Graded as a guest: nothing was saved.');
  // A guest's pass reveals the explanations.
  await expect(page.locator('fieldset[data-result="correct"]')).toHaveCount(4);
  await expect(page.locator('[data-question-feedback]').first()).toContainText('Answer:');
  expect(await page.evaluate(() => localStorage.getItem('tfk.identity'))).toBeNull();
  expect(authorised).toEqual([]);
  await page.goto('/progress/');
  await expect(page.locator('[data-progress-status]')).toContainText('Nothing is saved in this browser yet');
  await expect(page.locator('[data-progress]')).toBeHidden();
});

test.describe.serial('a learner: wrong, then right; progress, badges, leaderboard, recovery', () => {
  const name = uniqueName('E2E Learner');
  let code = '';
  // The saved identity, replayed into later tests' fresh contexts (recovering each time would
  // spend the 5/min learner limit that recovery shares with sign-up).
  let identity = '';
  const signIn = (page: Page) => page.addInitScript((value) => localStorage.setItem('tfk.identity', value), identity);

  test('wrong then right: attempts, best score and the reveal rule', async ({ page }) => {
    await page.goto('/modules/tensors/');
    code = await saveProgress(page, name);
    expect(code.length).toBeGreaterThanOrEqual(10);
    identity = (await page.evaluate(() => localStorage.getItem('tfk.identity'))) ?? '';

    await answerQuiz(page, 'tensors', false);
    await checkAnswers(page);
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText('Not passed yet');
    await expect(summary(page)).toContainText('Attempts used: 1. Best score: 0%.');
    await expect(summary(page)).toContainText('2 more attempts');
    await expect(page.locator('fieldset[data-result="incorrect"]')).toHaveCount(4);
    await expect(page.locator('[data-question-feedback]').filter({ hasText: 'Answer:' })).toHaveCount(0);

    await answerQuiz(page, 'tensors', true);
    await checkAnswers(page);
    await expect(summary(page)).toContainText('Passed');
    await expect(summary(page)).toContainText('Attempts used: 2. Best score: 100%.');
    await expect(page.locator('[data-question-feedback]').filter({ hasText: 'Answer:' })).toHaveCount(4);
  });

  test('module record, progress page, catalog badge and course leaderboard show it', async ({ page }) => {
    await signIn(page);
    await page.goto('/modules/tensors/');
    await expect(summary(page)).toHaveText('Your record: You have passed this quiz. Attempts used: 2. Best score: 100%. Explanations are unlocked: they appear with your next result. Further attempts are practice: answers were revealed after attempt 2.');
    await page.goto('/progress/');
    await expect(progressRow(page, 'tensors').locator('td')).toHaveText(['Passed', '100%', '2']);
    await expect(progressRow(page, 'first-network').locator('[data-cell="state"]')).toHaveText('Not started');
    await expect(page.locator('[data-overall-text]')).toHaveText('1 of 25 modules passed (4%)');
    await expect(page.locator('[data-continue-link]')).toHaveAttribute('href', '/modules/first-network/');
    await expect(page.locator('[data-account-name]')).toHaveText(name);

    await page.goto('/');
    await expect(page.locator('[data-module-card][data-slug="tensors"] [data-progress-badge]')).toHaveText('Passed · best 100%');
    await expect(page.locator('[data-module-card][data-slug="cnn"] [data-progress-badge]')).toHaveCount(0);

    await page.goto('/leaderboards/');
    const mine = page.locator('table[data-board="course"] tr[data-me]');
    await expect(mine).toContainText(name);
    await expect(mine.locator('td').nth(1)).toHaveText('1');
    // The highlighted row and the filled progress views keep their contrast.
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('the recovery code moves progress to a fresh browser; the old key stops working', async ({ browser }) => {
    const first = await freshPage(browser);
    await signIn(first.page);
    await first.page.goto('/progress/');
    await expect(progressRow(first.page, 'tensors').locator('[data-cell="state"]')).toHaveText('Passed');
    await first.page.getByRole('button', { name: 'Show recovery code' }).click();
    await expect(first.page.locator('[data-recovery-box] [data-recovery-code]')).toHaveText(code);

    const second = await freshPage(browser);
    await second.page.goto('/progress/');
    await expect(second.page.locator('[data-progress]')).toBeHidden();
    await second.page.getByLabel('Recovery code').fill(code);
    await second.page.getByRole('button', { name: 'Move progress here' }).click();
    await expect(second.page.locator('[data-progress-status]')).toContainText(`Welcome back, ${name}.`);
    // A code works once: the new one is shown here and kept in this browser; the old one is refused.
    const fresh = second.page.locator('[data-recovery-box] [data-recovery-code]');
    await expect(fresh).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const newCode = (await fresh.textContent())!;
    expect(newCode).not.toBe(code);
    expect(JSON.parse((await second.page.evaluate(() => localStorage.getItem('tfk.identity')))!).recoveryCode).toBe(newCode);
    await expect(progressRow(second.page, 'tensors').locator('td')).toHaveText(['Passed', '100%', '2']);

    await first.page.reload();
    await expect(first.page.locator('[data-progress-status]')).toContainText('key no longer opens your progress');
    await first.page.getByLabel('Recovery code').fill(code);
    await first.page.getByRole('button', { name: 'Move progress here' }).click();
    await expect(first.page.locator('[data-recover-error]')).toContainText('does not match');
    await Promise.all([first.context.close(), second.context.close()]);
  });
});

test('two learners in two contexts neither see nor change each other (rename, delete)', async ({ browser }) => {
  const a = await freshPage(browser);
  const b = await freshPage(browser);
  await a.page.goto('/modules/first-network/');
  await b.page.goto('/modules/first-network/');
  await saveProgress(a.page, uniqueName('E2E Ada'));
  await saveProgress(b.page, uniqueName('E2E Bo'));

  await answerQuiz(a.page, 'first-network', true);
  await checkAnswers(a.page);
  await expect(summary(a.page)).toContainText('Attempts used: 1. Best score: 100%.');
  await answerQuiz(b.page, 'first-network', false);
  await checkAnswers(b.page);
  await expect(summary(b.page)).toContainText('Attempts used: 1. Best score: 0%.');

  await a.page.goto('/progress/');
  await b.page.goto('/progress/');
  await expect(progressRow(a.page, 'first-network').locator('td')).toHaveText(['Passed', '100%', '1']);
  await expect(progressRow(b.page, 'first-network').locator('td')).toHaveText(['In progress', '0%', '1']);
  await expect(a.page.locator('[data-overall-text]')).toHaveText('1 of 25 modules passed (4%)');
  await expect(b.page.locator('[data-overall-text]')).toHaveText('0 of 25 modules passed (0%)');

  // A renames; B deletes their data: A's record is untouched by either.
  const renamed = uniqueName('E2E Ada II');
  await a.page.getByRole('button', { name: 'Rename' }).click();
  const dialog = a.page.getByRole('dialog', { name: 'Rename' });
  await dialog.getByLabel('Display name').fill(renamed);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(a.page.locator('[data-account-name]')).toHaveText(renamed);
  b.page.once('dialog', (d) => void d.accept());
  await b.page.getByRole('button', { name: 'Delete my data' }).click();
  await expect(b.page.locator('[data-progress-status]')).toContainText('Nothing is saved in this browser yet');
  expect(await b.page.evaluate(() => localStorage.getItem('tfk.identity'))).toBeNull();
  await a.page.reload();
  await expect(a.page.locator('[data-account-name]')).toHaveText(renamed);
  await expect(progressRow(a.page, 'first-network').locator('td')).toHaveText(['Passed', '100%', '1']);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('API down mid-quiz: answers survive a reload and the retry (same Idempotency-Key) is graded', async ({ page }) => {
  const keys: string[] = [];
  await page.goto('/modules/cnn/');
  await answerQuiz(page, 'cnn', true);
  await page.route('**/api/**', (route) => {
    keys.push(route.request().headers()['idempotency-key'] ?? '');
    return route.abort('connectionrefused');
  });
  await checkAnswers(page);
  await expect(summary(page)).toContainText('Could not reach the course server');
  await expect(summary(page)).toBeFocused();

  await page.reload();
  const firstSingle = page.locator('form[data-quiz] fieldset[data-question-type="single"] input:checked');
  await expect(firstSingle).toHaveCount(3);
  await expect(page.locator('fieldset[data-question-type="shape"] input[type="text"]')).not.toHaveValue('');
  await checkAnswers(page);
  await expect(summary(page)).toContainText('Could not reach the course server');

  await page.unroute('**/api/**');
  page.on('request', (r) => { if (r.url().includes('/attempts')) keys.push(r.headers()['idempotency-key'] ?? ''); });
  await summary(page).getByRole('button', { name: 'Retry' }).click();
  await expect(summary(page)).toContainText('Passed');
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size, 'every try of the same answers carries the same key').toBe(1);
});

test('a 429 from the API is explained and the answers stay', async ({ page }) => {
  await page.goto('/modules/tensors/');
  await answerQuiz(page, 'tensors', false);
  await page.route('**/api/quizzes/**', (route) =>
    route.fulfill({ status: 429, headers: { 'Retry-After': '60' }, json: { error: { code: 'rate_limited', message: 'Too many requests' } } }));
  await checkAnswers(page);
  await expect(summary(page)).toContainText('Too many requests in a short time');
  await expect(summary(page).getByRole('button', { name: 'Retry' })).toBeVisible();
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tfk.quiz.tensors') ?? 'null'));
  expect(Object.keys(kept.answers)).toHaveLength(4);
});

test('leaderboard names render as text and the own row shows below the top N', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1">';
  const entry = (rank: number, handle: string, displayName: string) =>
    ({ rank, handle, displayName, modulesPassed: 1, quizPoints: 100, reachedAt: new Date(0).toISOString() });
  await page.route('**/api/leaderboards/course**', (route) =>
    route.fulfill({ json: { board: 'course', limit: 10, entries: [entry(1, 'x', payload)], me: entry(42, 'me', 'Me Myself') } }));
  await page.goto('/leaderboards/');
  const board = page.locator('table[data-board="course"]');
  await expect(board.locator('tbody tr').first()).toContainText(payload);
  await expect(board.locator('img')).toHaveCount(0);
  await expect(board.locator('tr.gap')).toHaveCount(1);
  await expect(board.locator('tr[data-me]')).toContainText('Me Myself (you)');
  await expect(board.locator('tr[data-me] td').first()).toHaveText('42');
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});
