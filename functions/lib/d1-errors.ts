/**
 * Tells a D1 outage (retry later: 503) from a bug or a constraint violation (500 / handled).
 * D1 reports failures as Errors whose message (or cause's message) starts with "D1_ERROR"
 * or names the transport; SQLite constraint errors are not outages.
 */
const OUTAGE = /network connection lost|d1 db is overloaded|storage (caused|operation exceeded)|object to be reset|internal error|timed? ?out|unavailable|D1_ERROR: (?!.*SQLITE_)/i;

function messages(err: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) out.push(e.message);
  return out;
}

/** True for a transient D1 failure (transport, overload, reset), false for SQL errors and bugs. */
export function isD1Unavailable(err: unknown): boolean {
  return messages(err).some((m) => OUTAGE.test(m) && !/SQLITE_CONSTRAINT|UNIQUE constraint/i.test(m));
}

/** True when a UNIQUE index refused the write (a race decided by the index). */
export function isUniqueViolation(err: unknown): boolean {
  return messages(err).some((m) => /UNIQUE constraint failed|SQLITE_CONSTRAINT_UNIQUE/i.test(m));
}

/**
 * True when a FOREIGN KEY refused the write. Every foreign key in the schema points at
 * learners.id, so this means the learner was deleted while the request was running.
 */
export function isForeignKeyViolation(err: unknown): boolean {
  return messages(err).some((m) => /FOREIGN KEY constraint failed|SQLITE_CONSTRAINT_FOREIGNKEY/i.test(m));
}
