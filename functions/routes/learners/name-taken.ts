import { ApiError } from '../../lib/errors';
import { isUniqueViolation } from '../../lib/d1-errors';

/** The unique index on name_key is the arbiter: a race between two sign-ups still yields 409. */
export async function withNameCheck<T>(write: () => Promise<T>, name: string): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err) && /name_key/.test(String((err as Error).message) + String((err as Error).cause ?? ''))) {
      throw new ApiError(409, 'name_taken', `The display name "${name}" is already taken.`, [{ path: 'displayName', message: 'already taken' }]);
    }
    throw err;
  }
}
