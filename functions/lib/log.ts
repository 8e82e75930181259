/**
 * Structured JSON error logs that never carry request data. Error texts are not trusted:
 * drizzle's "Failed query: ... params: ..." lists every bound value (10,000 predictions,
 * answers, token hashes), and a stack's first line repeats the message. So only the error
 * names, scrubbed messages and the stack frames are kept.
 */

type CauseEntry = { name: string; message: string; frames?: string[] };

/** Longest message kept: enough for SQL shapes and SQLite's reasons, not for payloads. */
const MAX_MESSAGE = 300;

/** A double-quoted SQL identifier ("quiz_attempts") tells where it failed and is kept. */
const IDENTIFIER = /^"[A-Za-z_][A-Za-z0-9_]{0,63}"$/;

/**
 * Removes what could be request data from an error message: everything from "params:"
 * on, anything between braces or brackets (JSON, whose inner quotes defeat quote matching),
 * quoted literals (not SQL identifiers), tokens, long hex (hashes) and long digit runs.
 */
export function scrubMessage(message: string): string {
  const cut = message.split(/\bparams:/i)[0]!;
  return cut
    .replace(/\{[^]*\}|\[[^]*\]/g, '<data>')
    .replace(/'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (quoted) => (IDENTIFIER.test(quoted) ? quoted : '<literal>'))
    .replace(/tfk_[A-Za-z0-9_-]+/g, '<token>')
    .replace(/\b[0-9a-f]{16,}\b/gi, '<hex>')
    .replace(/\d{5,}/g, '<digits>')
    .slice(0, MAX_MESSAGE)
    .trim();
}

/** Stack frames only ("at fn (file:line)"): the stack's first line would repeat the message. */
const framesOf = (stack: string | undefined): string[] | undefined => stack?.split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 8).map((l) => l.trim());

/** The error and its `cause` chain (drizzle wraps the driver's error as the cause), scrubbed. */
export function causes(err: unknown): CauseEntry[] {
  const chain: CauseEntry[] = [];
  for (let e: unknown = err; e !== undefined && chain.length < 4; e = e instanceof Error ? e.cause : undefined) {
    if (e instanceof Error) chain.push({ name: e.name, message: scrubMessage(e.message), ...(chain.length === 0 ? { frames: framesOf(e.stack) } : {}) });
    else chain.push({ name: typeof e, message: '<non-error value>' });
  }
  return chain;
}

/**
 * Writes one error line. `fields` are the caller's own safe values (event name, method,
 * route path); the error is reduced by `causes`. Workers Observability indexes the fields.
 */
export function logError(event: string, fields: Record<string, string | number>, err: unknown): void {
  console.error(JSON.stringify({ level: 'error', event, ...fields, cause: causes(err) }));
}
