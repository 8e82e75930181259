/** The outcome of parsing learner input: a value, or one readable message to show beside the control. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A successful parse. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A failed parse with the message the learner sees. */
export const fail = <T = never>(error: string): Parsed<T> => ({ ok: false, error });
