/**
 * axe-core on the pages a learner uses, in both colour schemes: no serious or critical
 * violation on the catalog, a module page (also with graded results and the name dialog
 * open), progress and leaderboards; at 360 px, every module page's tables are reachable scrollers.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { answerQuiz, checkAnswers, summary } from './support/learner';
import { PHONE } from './support/phone';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// axe over a whole module page (the tensor playground's shell included) took 13-17 s on a loaded
// 2-core machine, near the 30 s default once the page load is added.
test.describe.configure({ timeout: 120_000 });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    // Each page is checked once its scripts have drawn what they draw.
    const pages: [string, string, (page: Page) => Promise<void>][] = [
      ['catalog', '/', (p) => expect(p.locator('[data-module-card]').first()).toBeVisible()],
      ['module page', '/modules/tensors/', (p) => expect(p.locator('[data-account-line]')).toBeVisible()],
      ['progress', '/progress/', (p) => expect(p.locator('[data-recover]')).toBeVisible()],
      ['leaderboards', '/leaderboards/', (p) => expect(p.locator('[data-board-status]').filter({ hasText: 'Loading' })).toHaveCount(0)],
    ];
    for (const [name, path, ready] of pages) {
      test(`${name} has no serious or critical violation`, async ({ page }) => {
        await page.goto(path);
        await ready(page);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('a graded quiz and the name dialog have no serious or critical violation', async ({ page }) => {
      await page.goto('/modules/tensors/');
      await answerQuiz(page, 'tensors', true);
      await checkAnswers(page);
      await expect(summary(page)).toContainText('Passed');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Save my progress' }).click();
      await expect(page.getByRole('dialog', { name: 'Save your progress' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('at 360 px', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test("every module page's tables scroll in a box the keyboard can reach", async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    const paths = [...new Set(await page.locator('[data-module-card] a[href^="/modules/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
    expect(paths).toHaveLength(25);
    let withTables = 0;
    for (const path of paths) {
      await page.goto(path);
      if ((await page.locator('.content table').count()) === 0) continue;
      withTables++;
      const { violations } = await new AxeBuilder({ page }).include('.content').withRules(['scrollable-region-focusable']).analyze();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${path}: ${n.target.join(' ')}`))).toEqual([]);
    }
    expect(withTables).toBeGreaterThan(0);
  });
});
