/**
 * The course's quizzes (with keys) for the bench, bundled from content/quizzes.generated.ts
 * with esbuild (Node cannot import the extensionless TypeScript imports directly).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

type Question = { id: string; type: 'single' | 'multiple' | 'numeric' | 'text' | 'shape'; answer?: string | number; answers?: string[]; accept?: string[]; options?: { id: string }[]; tolerance?: number; dims?: (number | null)[] };
export type Quiz = { module: string; questions: Question[] };

export async function loadQuizzes(root: string): Promise<Quiz[]> {
  const out = await build({ entryPoints: [join(root, 'content/quizzes.generated.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0]!.text).toString('base64')}`);
  return Object.values(mod.quizzes as Record<string, Quiz>);
}

/** Every question answered, right or wrong (complete attempts, as the page sends them). */
export function answers(quiz: Quiz, right: boolean): Record<string, string | string[] | number> {
  return Object.fromEntries(
    quiz.questions.map((q) => {
      switch (q.type) {
        case 'single':
          return [q.id, right ? q.answer! : q.options!.find((o) => o.id !== q.answer)!.id];
        case 'multiple':
          return [q.id, right ? q.answers! : q.options!.filter((o) => !q.answers!.includes(o.id)).map((o) => o.id).slice(0, 1)];
        case 'numeric':
          return [q.id, right ? q.answer! : Number(q.answer) + (q.tolerance ?? 0) + 1];
        case 'text':
          return [q.id, right ? q.accept![0]! : 'not-this'];
        case 'shape':
          // A wrong shape gains an axis, so it is wrong even when every dim is None.
          return [q.id, `(${[...q.dims!, ...(right ? [] : [9])].map((d) => d ?? 'None').join(', ')})`];
      }
    }),
  );
}
