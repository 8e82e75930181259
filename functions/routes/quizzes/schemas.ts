import { z } from 'zod';
import { moduleSlug } from '../../../src/schemas/module';

import type { Answer } from '../../quiz/answers';

export const moduleParam = z.object({ module: moduleSlug.max(40) });

/**
 * One answer: an option id (single), option ids (multiple), a number or numeric text
 * (numeric), text (text, shape). Typed here for the client; its content is checked per
 * question by readAttempt (422 naming the question), which also sees keys zod would drop.
 */
const answer = z.custom<Answer>(() => true);

export const attemptBody = z
  .object({
    answers: z
      .record(z.string().max(60), answer)
      .refine((a) => Object.keys(a).length <= 10, 'a quiz has at most 10 questions'),
  })
  .strict();

export type AttemptBody = z.infer<typeof attemptBody>;
