/**
 * `npm run build` step: the site's Pagefind index (dist/pagefind/), written with Pagefind's
 * Node API so code can be searched without filling excerpts with it.
 * - Every page is indexed with its code listings and printed model summaries (<pre>) left
 *   out, so excerpts are always prose.
 * - Each page's listings are indexed as a second record (URL: the page's + CODE_RECORD_SUFFIX,
 *   meta kind=code), so "Conv2D" or "GradientTape" still find the module. The search box
 *   (src/lib/search.ts) merges a page's two records and shows the prose excerpt.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { CODE_RECORD_SUFFIX } from '../../src/lib/search-match.ts';
const root = resolve(import.meta.dirname, '../..');
const site = join(root, 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Text of an HTML fragment: tags dropped, entities decoded. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(`0${name.slice(1)}`)) : m));
}

/** The text of a page's listings and printed summaries (its <pre> blocks), or '' when it has none. */
export function listingsText(html: string): string {
  const blocks = (html.match(/<pre\b[\s\S]*?<\/pre>/g) ?? []).filter((b) => !/data-pagefind-ignore/.test(b.slice(0, b.indexOf('>'))));
  return blocks.map(text).join('\n');
}

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['pre'] });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Module pages only: the catalog, progress and leaderboard pages repeat module titles and tags.
  const pages = await index.addDirectory({ path: site, glob: 'modules/**/*.html' });
  if (pages.errors.length) throw new Error(`Pagefind: ${pages.errors.join('; ')}`);
  let codeRecords = 0;
  for (const file of htmlFiles(join(site, 'modules'))) {
    const html = readFileSync(file, 'utf8');
    const content = listingsText(html);
    if (!content) continue;
    const title = text(html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').trim();
    // A URL of its own, or this record would replace the page's; src/lib/search.ts maps it back.
    const url = `/${relative(site, file).replace(/index\.html$/, '')}${CODE_RECORD_SUFFIX}`;
    const added = await index.addCustomRecord({ url, content, language: 'en', meta: { title, kind: 'code' } });
    if (added.errors.length) throw new Error(`Pagefind, ${relative(site, file)}: ${added.errors.join('; ')}`);
    codeRecords++;
  }
  rmSync(join(site, 'pagefind'), { recursive: true, force: true }); // no fragments left from an earlier run
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  console.log(`Search index: ${pages.page_count} module pages and the code listings of ${codeRecords} of them, in dist/pagefind/.`);
  await pagefind.close();
}

if (import.meta.main) await main();
