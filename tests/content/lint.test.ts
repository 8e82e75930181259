import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/schemas/quiz';
import { lintCollection, lintModule, proseWords } from './lib/lint-rules';
import { allModules, MODULES_DIR, type ModuleFile } from './lib/modules';

/** The content lint over whatever modules exist (rules in lib/lint-rules.ts). */
const modules = allModules();
const existing = new Set(modules.map((m) => m.folder));

async function loadQuiz(mod: ModuleFile): Promise<Quiz | Error | undefined> {
  if (!mod.hasQuiz) return undefined;
  try {
    return ((await import(pathToFileURL(join(MODULES_DIR, mod.folder, 'quiz.ts')).href)) as { default: Quiz }).default;
  } catch (error) {
    return error as Error; // defineQuiz throws on an invalid quiz; report it as a lint failure
  }
}

describe('content lint', () => {
  it.each(modules.map((m) => [m.file, m] as const))('%s', async (_file, mod) => {
    expect(lintModule(mod, existing, await loadQuiz(mod))).toEqual([]);
  });

  it('module numbers are unique (and 1-25 without gaps once all exist)', () => {
    const numbers = modules.map((m) => ({ file: m.file, number: (m.data as { number?: unknown } | null)?.number })).filter((m): m is { file: string; number: number } => typeof m.number === 'number');
    expect(lintCollection(numbers)).toEqual([]);
  });
});

describe('content lint rules catch bad modules', () => {
  const bad: ModuleFile = {
    folder: 'cnn',
    file: 'content/modules/cnn/index.mdx',
    data: { number: 5, slug: 'cnn', title: 'X', level: 'Expert', summary: 'short', objectives: [], tags: ['cnn'], prerequisites: ['nope'] },
    body: 'TODO write this. See [x](/modules/missing/).\n\n```python\nx = 1\n```\n<Tip>a</Tip><Tip>b</Tip>',
    bodyLine: 12,
    hasQuiz: false,
  };
  it('names the file and the rule of each failure', () => {
    const problems = lintModule(bad, new Set(['cnn']), undefined).join('\n');
    for (const rule of ['frontmatter schema: field "title"', 'frontmatter schema: field "level"', 'prose length', 'python listings', 'one tip', 'takeaways', 'internal links', 'no filler text', 'quiz: no quiz.ts']) {
      expect(problems).toContain(`content/modules/cnn/index.mdx: ${rule}`);
    }
  });
  it('flags a wrong number/slug pairing, unknown slugs and duplicate numbers', () => {
    const ok = { ...(bad.data as object), title: 'Convolutions', level: 'Intermediate', summary: 'A summary long enough to pass.', objectives: ['one objective', 'two objective', 'three objective'] };
    const problems = lintModule({ ...bad, data: ok }, new Set(['cnn']), undefined).join('\n');
    expect(problems).toContain('number matches COURSE.md: number 5 is "regularization"');
    expect(problems).toContain('known module slugs: "nope"');
    expect(lintCollection([{ file: 'a', number: 4 }, { file: 'b', number: 4 }])).toEqual(['b: unique number: 4 is also used by a']);
  });
  it('counts prose words without code, tags or imports', () => {
    expect(proseWords('import X from "y";\nTwo words.\n```python\nnot counted here\n```\n<Tip>three more words</Tip>')).toBe(5);
  });
});
