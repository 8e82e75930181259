import { z } from 'zod';

/**
 * Display names: trimmed, NFC, 2-32 characters of Unicode letters and digits, spaces,
 * "-", "_" and ".". Combining marks, control and zero-width characters are refused
 * (they make look-alike names); uniqueness is checked on the NFKC lower-case form.
 */
export const displayName = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(2, 'must be at least 2 characters')
      .refine((s) => [...s].length <= 32, 'must be at most 32 characters')
      .refine((s) => /^[\p{L}\p{N} ._-]+$/u.test(s), 'may contain only letters, digits, spaces and - _ .')
      .refine((s) => !/ {2}/.test(s), 'must not contain consecutive spaces'),
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
