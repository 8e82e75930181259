import { z } from 'zod';
import { moduleSlug } from './module';
import { formatShape } from '../lib/answers/shape';

/**
 * A module's quiz, including its answer key. Quiz files live beside their module
 * (content/modules/<slug>/quiz.ts) and are imported only by build-time page code
 * (which renders `publicQuiz`, never the key) and by the Worker, which grades.
 */

/** Stable id of a question or option inside one quiz: lowercase words and digits. */
const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a short lowercase id such as "q1" or "pooling"');

/** One selectable answer of a choice question. */
const option = z.object({ id: localId, text: z.string().min(1).max(300) }).strict();

const questionBase = {
  /** Unique within the quiz; the API addresses answers by it. */
  id: localId,
  /** The question as the learner reads it (plain text, inline `code` allowed). */
  prompt: z.string().min(10).max(600),
  /** Why the right answer is right; shown only after the reveal rules allow it. */
  explanation: z.string().min(20).max(1200),
};

/** Exactly one option is correct. */
const singleChoice = z
  .object({ ...questionBase, type: z.literal('single'), options: z.array(option).min(2).max(6), answer: localId })
  .strict();

/** Every correct option must be chosen and no other (all-or-nothing). */
const multipleChoice = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(option).min(3).max(6), answers: z.array(localId).min(1) })
  .strict();

/** A number, accepted within an absolute tolerance. */
const numeric = z
  .object({
    ...questionBase,
    type: z.literal('numeric'),
    answer: z.number(), // zod 4 numbers are finite already
    tolerance: z.number().min(0).default(0),
    /** Shown next to the input, e.g. "parameters". */
    unit: z.string().max(30).optional(),
  })
  .strict();

/** A short text, accepted after `normaliseTextAnswer` on both sides (shapes use `shape`). */
const shortText = z
  .object({
    ...questionBase,
    type: z.literal('text'),
    accept: z.array(z.string().min(1).max(100)).min(1),
    /** Hint of the expected form, e.g. "(None, 26, 26, 32)"; must not give the answer away. */
    placeholder: z.string().max(60).optional(),
  })
  .strict();

/** Tensor dimensions; `null` is an unknown size (Keras's None). */
const dims = z.array(z.number().int().min(0).nullable()).min(1).max(8);

/**
 * A tensor shape, read by `readShape` in any common notation ("(None, 26, 26, 32)",
 * "None x 26 x 26 x 32", "[null,26,26,32]", ...). Notation is never an accept-list matter.
 */
const shape = z
  .object({
    ...questionBase,
    type: z.literal('shape'),
    dims,
    /** The page says the leading (batch) dimension may be left out, and "26x26x32" counts. */
    batchOptional: z.boolean().default(false),
    /** The expected form, e.g. "(None, height, width, channels)"; must not give the answer away. */
    placeholder: z.string().min(3).max(60),
    /** Genuinely different correct shapes only, never another notation of `dims`. */
    alsoAccept: z.array(dims).optional(),
  })
  .strict();

export const question = z.discriminatedUnion('type', [singleChoice, multipleChoice, numeric, shortText, shape]);

export const quizSchema = z
  .object({ module: moduleSlug, questions: z.array(question).min(1).max(5) })
  .strict()
  .superRefine((quiz, ctx) => {
    const ids = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `duplicate question id "${q.id}"` });
      ids.add(q.id);
      if (q.type === 'shape' && q.batchOptional && q.dims.length < 2) ctx.addIssue({ code: 'custom', path: ['questions', i, 'batchOptional'], message: 'a shape without a batch dimension cannot leave it out' });
      if (q.type !== 'single' && q.type !== 'multiple') return;
      const optionIds = new Set(q.options.map((o) => o.id));
      if (optionIds.size !== q.options.length) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'option ids must be unique' });
      const keys = q.type === 'single' ? [q.answer] : q.answers;
      for (const key of keys) {
        if (!optionIds.has(key)) ctx.addIssue({ code: 'custom', path: ['questions', i], message: `answer "${key}" is not one of the options` });
      }
    });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof question>;
export type QuizInput = z.input<typeof quizSchema>;

/** Validates a quiz at import time so a broken answer key fails the build and the tests. */
export function defineQuiz(input: QuizInput): Quiz {
  const parsed = quizSchema.safeParse(input);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(quiz)'}: ${i.message}`).join('\n');
    throw new Error(`Invalid quiz for module "${input.module}":\n${where}\nHint: see src/schemas/quiz.ts for the fields each question type takes.`);
  }
  return parsed.data;
}

/** Case, spaces and one pair of enclosing brackets do not matter: "(None, 26,26, 32)" == "none,26,26,32". */
export function normaliseTextAnswer(value: string): string {
  const compact = value.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const unwrapped = /^[([{].*[)\]}]$/.test(compact) ? compact.slice(1, -1) : compact;
  return unwrapped.replace(/,$/, '');
}

/** What a page may show of a question: never the key or the explanation (nor a shape's dims). */
export type PublicQuestion =
  | { id: string; type: 'single' | 'multiple'; prompt: string; options: { id: string; text: string }[] }
  | { id: string; type: 'numeric'; prompt: string; unit?: string }
  | { id: string; type: 'text'; prompt: string; placeholder?: string }
  | { id: string; type: 'shape'; prompt: string; placeholder: string; batchOptional: boolean };

export function publicQuestion(q: Question): PublicQuestion {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { id: q.id, type: q.type, prompt: q.prompt, options: q.options.map(({ id, text }) => ({ id, text })) };
    case 'numeric':
      return q.unit === undefined ? { id: q.id, type: q.type, prompt: q.prompt } : { id: q.id, type: q.type, prompt: q.prompt, unit: q.unit };
    case 'text':
      return q.placeholder === undefined ? { id: q.id, type: q.type, prompt: q.prompt } : { id: q.id, type: q.type, prompt: q.prompt, placeholder: q.placeholder };
    case 'shape':
      return { id: q.id, type: q.type, prompt: q.prompt, placeholder: q.placeholder, batchOptional: q.batchOptional };
  }
}

/** The answer as the course writes it, for the reveal: "(None, 26, 26, 32)". */
export const shapeAnswerText = (q: Extract<Question, { type: 'shape' }>): string => formatShape(q.dims);
