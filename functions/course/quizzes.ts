import { quizzes } from '../../content/quizzes.generated';
import type { Quiz } from '../../src/schemas/quiz';
import { ApiError } from '../lib/errors';
import { isModuleSlug } from './modules';

/** The answer key for a module, from the build-time registry; 404 for unknown modules or missing quizzes. */
export function quizFor(module: string): Quiz {
  if (!isModuleSlug(module)) throw new ApiError(404, 'unknown_module', `There is no module "${module}" in this course.`);
  const quiz = quizzes[module];
  if (!quiz) throw new ApiError(404, 'quiz_not_found', `Module "${module}" has no quiz yet.`);
  return quiz;
}

export const hasQuiz = (module: string): boolean => quizzes[module] !== undefined;
