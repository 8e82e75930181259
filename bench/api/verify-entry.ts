/**
 * Bench-only Worker entry (never deployed): runs the submission check of the course Worker
 * (functions/routes/submissions/verify-weights.ts) with a sample size from `?n=`, so the bench
 * can measure how its CPU time grows with the sample. Same assets binding, same code path.
 */
import type { Bindings } from '../../functions/env.ts';
import { ApiError } from '../../functions/lib/errors.ts';
import { verifySubmission } from '../../functions/routes/submissions/verify-weights.ts';

export default {
  async fetch(request: Request, env: Bindings): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/api/health') return new Response('ok');
    const n = Number(url.searchParams.get('n'));
    const body = (await request.json()) as { predictions: number[]; weights: { shapes: number[][]; float32: string } };
    try {
      const report = await verifySubmission(env, body.predictions, body.weights, n);
      return Response.json({ checked: report.sampleSize, nearTies: report.nearTies });
    } catch (error) {
      if (error instanceof ApiError) return Response.json(error.toEnvelope(), { status: error.status });
      throw error;
    }
  },
};
