import { z } from 'zod';
import { marksWellPlaced, mixedScripts } from './scripts';

/**
 * Display names: trimmed, NFC, 2-32 characters of Unicode letters and digits, spaces,
 * "-", "_" and ".". Control and zero-width characters, stray or stacked combining marks and
 * names mixing writing systems are refused, as they make look-alike names (see scripts.ts);
 * uniqueness is checked on the NFKC lower-case form.
 */
export const displayName = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(2, 'must be at least 2 characters')
      .refine((s) => [...s].length <= 32, 'must be at most 32 characters')
      .refine((s) => /^[\p{L}\p{M}\p{N} ._-]+$/u.test(s), 'may contain only letters, digits, spaces and - _ .')
      .refine(marksWellPlaced, 'accents and vowel signs must follow a letter, at most 3 together and none repeated')
      .refine((s) => !/ {2}/.test(s), 'must not contain consecutive spaces')
      .superRefine((s, ctx) => {
        const mixed = mixedScripts(s);
        if (mixed) ctx.addIssue({ code: 'custom', message: `must use one writing system, not a mix (${mixed.join(' and ')}): mixed letters can imitate another name` });
      }),
  );

export const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase();

export const createLearnerBody = z.object({ displayName }).strict();
export const renameLearnerBody = z.object({ displayName }).strict();
export const recoverBody = z.object({ recoveryCode: z.string().min(10).max(40) }).strict();

/** What the API shows of a learner: never hashes. */
export type PublicLearner = { id: string; displayName: string; createdAt: string };
export const publicLearner = (l: { id: string; displayName: string; createdAt: number }): PublicLearner => ({
  id: l.id,
  displayName: l.displayName,
  createdAt: new Date(l.createdAt).toISOString(),
});
