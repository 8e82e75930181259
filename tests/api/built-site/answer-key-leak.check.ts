// Scans the built site (dist/) for any trace of the quiz answer keys: every explanation
// (raw, HTML-escaped and JSON-escaped), every serialized text-answer list and shape key. Correct
// option ids and numbers are not searched: they also appear legitimately (option values,
// printed model summaries); a bundled key always carries its explanations.
// Run after `npm run build`: npm run test:leaks.
import { expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quizzes } from '../../../content/quizzes.generated';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dist = join(root, 'dist');
const TEXT = /\.(html|js|mjs|css|json|txt|xml|map|md|ipynb|svg|webmanifest)$/;

const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Each needle is a string that only the answer key contains. */
function needles(): { what: string; text: string }[] {
  const out: { what: string; text: string }[] = [];
  for (const quiz of Object.values(quizzes)) {
    for (const q of quiz.questions) {
      const what = `${quiz.module}/${q.id}`;
      for (const text of new Set([q.explanation, htmlEscape(q.explanation), JSON.stringify(q.explanation).slice(1, -1)])) out.push({ what: `${what} explanation`, text });
      if (q.type === 'shape') for (const form of [`dims:${JSON.stringify(q.dims)}`, `"dims":${JSON.stringify(q.dims)}`]) out.push({ what: `${what} shape dims`, text: form });
      if (q.type === 'text') for (const acc of q.accept) out.push({ what: `${what} accept list`, text: `accept:[${JSON.stringify(acc)}` }, { what: `${what} accept list`, text: `"accept":[${JSON.stringify(acc)}` });
    }
  }
  return out;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

it('no answer key string appears in any built file', () => {
  const list = needles();
  expect(list.length, 'no quizzes in content/quizzes.generated.ts: run `npm run sync`').toBeGreaterThan(0);
  let scanned = 0;
  const hits: string[] = [];
  for (const file of files(dist)) {
    scanned++;
    const body = readFileSync(file, 'utf8');
    for (const n of list) if (body.includes(n.text)) hits.push(`${relative(root, file)}: ${n.what}: "${n.text.slice(0, 60)}..."`);
  }
  expect(scanned, 'dist/ is empty: run `npm run build` first').toBeGreaterThan(0);
  expect(hits).toEqual([]);
  console.log(`answer-key leak check: ${scanned} built files, ${list.length} key strings, ${Object.keys(quizzes).length} quizzes`);
});
