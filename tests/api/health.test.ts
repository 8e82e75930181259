import { describe, expect, it } from 'vitest';
import { call, expectError, json } from './helpers/http';

describe('health, headers and routing', () => {
  it('GET /api/health answers ok with the security headers', async () => {
    const res = await call('/health');
    expect(await json(res)).toEqual({ ok: true });
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('Cross-Origin-Resource-Policy')).toBe('same-origin');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('errors carry the same headers and the envelope', async () => {
    const res = await call('/nope');
    await expectError(res, 404, 'not_found');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('refuses a state-changing request from another site (403)', async () => {
    await expectError(await call('/learners', { body: { displayName: 'cross site' }, headers: { Origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    await expectError(await call('/learners', { body: { displayName: 'cross site' }, headers: { 'Sec-Fetch-Site': 'cross-site' } }), 403, 'forbidden_origin');
  });

  it('accepts the same origin', async () => {
    const res = await call('/learners', { body: { displayName: `same origin ${Date.now() % 100000}` }, headers: { Origin: 'https://course.test' } });
    expect(res.status).toBe(201);
  });

  it('requires JSON bodies (415)', async () => {
    await expectError(await call('/learners', { raw: 'displayName=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
  });
});
