import { describe, expect, it } from 'vitest';
import { siteUrl } from './site-url.mjs';

describe('siteUrl', () => {
  it('uses SITE_URL when it is set (origin only)', () => {
    expect(siteUrl({ SITE_URL: 'https://course.example.org/', PORT: '9000' })).toBe('https://course.example.org');
  });
  it('falls back to the local server on its configured port', () => {
    expect(siteUrl({ PORT: '9123' })).toBe('http://localhost:9123');
    expect(siteUrl({})).toBe('http://localhost:8787');
  });
  it('refuses a SITE_URL that is not an http(s) URL', () => {
    expect(() => siteUrl({ SITE_URL: 'course.example.org' })).toThrow(/SITE_URL must be an absolute/);
    expect(() => siteUrl({ SITE_URL: 'ftp://x.org' })).toThrow(/http:\/\/ or https:\/\//);
  });
});
