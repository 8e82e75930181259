// @ts-check
/**
 * The site's public origin for canonical links, the sitemap and the notebooks' link back to
 * their page: SITE_URL when set, else the local server `npm start` runs (its PORT, default
 * 8787), so a notebook built for a local run links to the server that actually serves it.
 * Throws on a SITE_URL that is not an http(s) origin, naming the variable.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteUrl(env) {
  if (!env.SITE_URL) return `http://localhost:${env.PORT || 8787}`;
  let url;
  try {
    url = new URL(env.SITE_URL);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://course.example.org, got "${env.SITE_URL}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with http:// or https://, got "${env.SITE_URL}"`);
  return url.origin;
}
