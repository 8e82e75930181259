import { Hono } from 'hono';

// Placeholder entry replaced by the API work (issue 3).
const app = new Hono<{ Bindings: Env }>().basePath('/api');
app.get('/health', (c) => c.json({ ok: true }));

export type AppType = typeof app;
export default app;
