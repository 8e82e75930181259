type CauseEntry = { name: string; message: string; stack?: string | undefined };

/** The error and its `cause` chain (drizzle wraps the driver's error as the cause). */
function causes(err: unknown): CauseEntry[] {
  const chain: CauseEntry[] = [];
  for (let e: unknown = err; e !== undefined && chain.length < 4; e = e instanceof Error ? e.cause : undefined) {
    chain.push(e instanceof Error ? { name: e.name, message: e.message, stack: chain.length === 0 ? e.stack : undefined } : { name: typeof e, message: String(e) });
  }
  return chain;
}

/** Structured JSON logs: Workers Observability indexes the fields. */
export function logError(event: string, fields: Record<string, unknown>, err: unknown): void {
  console.error(JSON.stringify({ level: 'error', event, ...fields, cause: causes(err) }));
}
