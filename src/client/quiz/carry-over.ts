/**
 * A guest who saves their progress keeps what they already did: each module's kept guest
 * attempt is submitted as the new learner's first attempt. The server grades it again like
 * any attempt (only the answers are sent); a stable Idempotency-Key makes a retry count once.
 */
import { api, ApiFailure, send, withAuth } from '../api';
import { keptSlugs, loadKept, saveKept } from './answers';

/** Submits every kept guest attempt for the saved learner; returns the modules now on record. */
export async function carryOverGuestAttempts(): Promise<string[]> {
  const done: string[] = [];
  for (const slug of keptSlugs()) {
    const guest = loadKept(slug)?.guestAttempt;
    if (!guest) continue;
    try {
      await send(() =>
        api().quizzes[':module'].attempts.$post({ param: { module: slug }, json: { answers: guest.answers }, header: { 'idempotency-key': guest.key } }, withAuth()),
      );
      done.push(slug);
    } catch (err) {
      // Offline or rate-limited: kept, and tried again on the module's next visit. Refused: dropped.
      if (!(err instanceof ApiFailure) || err.retryable) continue;
    }
    const kept = loadKept(slug);
    if (kept) saveKept(slug, { answers: kept.answers, ...(kept.pending ? { pending: kept.pending } : {}) });
  }
  return done;
}
