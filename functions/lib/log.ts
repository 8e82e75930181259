/** Structured JSON logs: Workers Observability indexes the fields. */
export function logError(event: string, fields: Record<string, unknown>, err: unknown): void {
  const cause = err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : { value: String(err) };
  console.error(JSON.stringify({ level: 'error', event, ...fields, cause }));
}
