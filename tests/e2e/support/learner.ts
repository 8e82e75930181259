/**
 * Helpers for the learner journeys: answer a module's quiz from the real answer key (all
 * right or all wrong), save progress under a fresh display name, read a recovery code.
 */
import { expect, type Page } from '@playwright/test';
import { quizzes } from '../../../content/quizzes.generated';
import { formatShape } from '../../../src/lib/answers/shape';

/** A display name unique per run (the API refuses duplicates). */
export const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Fills every question of the module's quiz, each right or each wrong. */
export async function answerQuiz(page: Page, slug: string, right: boolean): Promise<void> {
  const quiz = quizzes[slug];
  if (!quiz) throw new Error(`no quiz for module ${slug}`);
  const form = page.locator(`form[data-quiz][data-module="${slug}"]`);
  for (const q of quiz.questions) {
    const set = form.locator(`fieldset[data-question-id="${q.id}"]`);
    switch (q.type) {
      case 'single': {
        const id = right ? q.answer : q.options.find((o) => o.id !== q.answer)!.id;
        await set.locator(`input[value="${id}"]`).check();
        break;
      }
      case 'multiple':
        for (const o of q.options) {
          const box = set.locator(`input[value="${o.id}"]`);
          // Wrong: exactly the options that are not in the key.
          if (q.answers.includes(o.id) === right) await box.check();
          else await box.uncheck();
        }
        break;
      case 'numeric':
        await set.locator(`input[name="${q.id}"]`).fill(String(right ? q.answer : q.answer + 1000 + q.tolerance * 10));
        break;
      case 'text':
        await set.locator(`input[name="${q.id}"]`).fill(right ? q.accept[0]! : 'not the answer');
        break;
      case 'shape':
        await set.locator(`input[name="${q.id}"]`).fill(formatShape(right ? q.dims : q.dims.map((d) => (d ?? 0) + 1)));
        break;
    }
  }
}

export const checkAnswers = (page: Page) => page.getByRole('button', { name: 'Check answers' }).click();

/** Saves progress from a module page's quiz block; returns the recovery code shown once. */
export async function saveProgress(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Save my progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save your progress' });
  const field = dialog.getByLabel('Display name');
  await expect(field).not.toHaveValue('');
  await field.fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  const code = await dialog.locator('[data-recovery-code]').textContent();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-account-line]')).toHaveText(`Saving your attempts as ${name}.`);
  return code?.trim() ?? '';
}

/** The result summary of the quiz block, which takes focus after grading. */
export const summary = (page: Page) => page.locator('[data-quiz-result]');
