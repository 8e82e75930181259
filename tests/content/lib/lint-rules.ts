import { moduleFrontmatter } from '../../../src/schemas/module';
import type { Quiz } from '../../../src/schemas/quiz';
import { extractListings, pythonListings } from '../../../src/lib/listings';
import { COURSE_PLAN } from '../../../src/lib/course-plan';
import { balancedBackticks } from './inline-code';
import type { ModuleFile } from './modules';

/**
 * The content lint: rules every module must meet, the same for all 25. Each rule returns
 * messages of the form "<file>: <rule>: <detail>" so a failure says where and why.
 */
export const WORDS = { min: 600, max: 1500 } as const;
const COURSE_SLUGS = new Set(COURSE_PLAN.map((m) => m.slug));
const FILLER = /\bTODO\b|\bTBD\b|\blorem\b|\bplaceholder\b/i;

/** Prose only: no fenced code, no import/export lines, no MDX/HTML tags, no inline-code punctuation. */
export function proseWords(body: string): number {
  const lines = body.split(/\r?\n/);
  for (const listing of extractListings(body)) {
    const end = listing.line + listing.code.split('\n').length; // closing fence line (1-based)
    for (let i = listing.line - 1; i < Math.min(end, lines.length); i++) lines[i] = '';
  }
  const prose = lines
    .filter((line) => !/^\s*(import|export)\s/.test(line))
    .join('\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function lintModule(mod: ModuleFile, existing: ReadonlySet<string>, quiz: Quiz | Error | undefined): string[] {
  const problems: string[] = [];
  const fail = (rule: string, detail: string) => problems.push(`${mod.file}: ${rule}: ${detail}`);

  const fm = moduleFrontmatter.safeParse(mod.data);
  if (!fm.success) {
    for (const issue of fm.error.issues) fail('frontmatter schema', `field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  } else {
    const { number, slug, prerequisites, related } = fm.data;
    if (slug !== mod.folder) fail('folder name = slug', `folder "${mod.folder}" but slug "${slug}"`);
    const planned = COURSE_PLAN.find((m) => m.number === number);
    if (planned?.slug !== slug) fail('number matches COURSE.md', `number ${number} is "${planned?.slug}" in COURSE.md, not "${slug}"`);
    for (const ref of [...prerequisites, ...related]) {
      if (!COURSE_SLUGS.has(ref)) fail('known module slugs', `"${ref}" in prerequisites/related is not one of the 25 modules`);
    }
    for (const ref of related.filter((r) => prerequisites.includes(r))) {
      fail('related are not prerequisites', `"${ref}" is listed in both; keep it in prerequisites only`);
    }
  }

  const words = proseWords(mod.body);
  if (words < WORDS.min || words > WORDS.max) fail('prose length', `${words} words, expected ${WORDS.min}-${WORDS.max}`);
  const python = pythonListings(mod.body).length;
  if (python < 2) fail('python listings', `${python} \`\`\`python listing(s), expected at least 2`);
  const tips = mod.body.match(/<Tip[\s>]/g)?.length ?? 0;
  if (tips !== 1) fail('one tip', `${tips} <Tip> callouts, expected exactly 1`);
  if (!/<Takeaways[\s>]/.test(mod.body)) fail('takeaways', 'no <Takeaways> list');

  for (const match of mod.body.matchAll(/\/modules\/([a-z0-9-]+)\/?/g)) {
    if (!existing.has(match[1] ?? '')) fail('internal links', `link to ${match[0]} but no module "${match[1]}" exists`);
  }
  const prose = mod.body.split('\n').find((line) => FILLER.test(line));
  if (prose) fail('no filler text', `"${prose.trim().slice(0, 80)}"`);

  if (!mod.hasQuiz) fail('quiz', 'no quiz.ts beside index.mdx');
  else if (quiz instanceof Error) fail('quiz', quiz.message);
  else if (quiz) problems.push(...lintQuiz(mod, quiz));
  return problems;
}

function lintQuiz(mod: ModuleFile, quiz: Quiz): string[] {
  const problems: string[] = [];
  const file = mod.file.replace(/index\.mdx$/, 'quiz.ts');
  if (quiz.module !== mod.folder) problems.push(`${file}: quiz module: "${quiz.module}" but folder "${mod.folder}"`);
  const n = quiz.questions.length;
  if (n < 3 || n > 5) problems.push(`${file}: quiz size: ${n} questions, expected 3-5`);
  for (const q of quiz.questions) {
    if (q.type !== 'single') continue;
    const keys = q.options.filter((o) => o.id === q.answer).length;
    if (keys !== 1) problems.push(`${file}: single choice has one key: question "${q.id}" has ${keys} options matching its answer`);
  }
  for (const q of quiz.questions) {
    const texts = [['prompt', q.prompt], ['explanation', q.explanation], ...('options' in q ? q.options.map((o) => [`option "${o.id}"`, o.text]) : [])];
    for (const [where, text] of texts) {
      if (!balancedBackticks(text ?? '')) problems.push(`${file}: balanced backticks: question "${q.id}" ${where} has an inline code span that never closes`);
    }
  }
  const filler = quiz.questions.find((q) => FILLER.test(`${q.prompt} ${q.explanation}`));
  if (filler) problems.push(`${file}: no filler text: question "${filler.id}"`);
  return problems;
}

/** Across the collection: unique numbers, and 1-25 without gaps once all 25 exist. */
export function lintCollection(numbers: { file: string; number: number }[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, string>();
  for (const { file, number } of numbers) {
    const other = seen.get(number);
    if (other) problems.push(`${file}: unique number: ${number} is also used by ${other}`);
    seen.set(number, file);
  }
  if (numbers.length >= COURSE_PLAN.length) {
    const missing = COURSE_PLAN.map((m) => m.number).filter((n) => !seen.has(n));
    if (missing.length) problems.push(`content/modules: numbers 1-${COURSE_PLAN.length}: missing ${missing.join(', ')}`);
  }
  return problems;
}
