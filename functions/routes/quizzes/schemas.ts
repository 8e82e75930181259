import { z } from 'zod';
import { moduleSlug } from '../../../src/schemas/module';

export const moduleParam = z.object({ module: moduleSlug.max(40) });

const questionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'question ids are short lowercase ids such as "q1"').max(40);

/** One answer: an option id (single), option ids (multiple), a number (numeric) or text (text/shape). */
const answer = z.union([
  z.string().max(200, 'answers are at most 200 characters'),
  z.array(z.string().max(40)).max(10, 'choose at most 10 options'),
  z.number(), // zod 4 rejects Infinity and NaN by itself
]);

export const attemptBody = z
  .object({
    answers: z
      .record(questionId, answer)
      .refine((a) => Object.keys(a).length <= 10, 'a quiz has at most 10 questions'),
  })
  .strict();

export type AttemptBody = z.infer<typeof attemptBody>;
