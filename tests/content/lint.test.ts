import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleFrontmatter } from '../../src/schemas/module';
import type { Quiz } from '../../src/schemas/quiz';
import { COURSE_PLAN } from '../../src/lib/course-plan';
import { lintPrerequisites, lintTagUsage, type ModuleFacts } from './lib/lint-collection-rules';
import { balancedBackticks } from './lib/inline-code';
import { lintCollection, lintModule, proseWords } from './lib/lint-rules';
import { allModules, MODULES_DIR, type ModuleFile } from './lib/modules';

/** The content lint over whatever modules exist (rules in lib/lint-rules.ts). */
const modules = allModules();
const existing = new Set(modules.map((m) => m.folder));
/** Modules whose frontmatter parses (the per-module lint reports the others). */
const facts: ModuleFacts[] = modules.flatMap((m) => {
  const fm = moduleFrontmatter.safeParse(m.data);
  return fm.success ? [{ file: m.file, body: m.body, ...fm.data }] : [];
});

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

  it('prerequisites come earlier, are used, and cover what each module uses', () => {
    expect(lintPrerequisites(facts)).toEqual([]);
  });

  it('every vocabulary tag is on at least two modules', () => {
    expect(lintTagUsage(facts, COURSE_PLAN.length)).toEqual([]);
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
    const both = lintModule({ ...bad, data: { ...ok, prerequisites: ['training'], related: ['training', 'rnn'] } }, new Set(['cnn']), undefined).join('\n');
    expect(both).toContain('content/modules/cnn/index.mdx: related are not prerequisites: "training" is listed in both');
    expect(both).not.toContain('"rnn" is listed in both');
    expect(lintCollection([{ file: 'a', number: 4 }, { file: 'b', number: 4 }])).toEqual(['b: unique number: 4 is also used by a']);
  });
  it('counts prose words without code, tags or imports', () => {
    expect(proseWords('import X from "y";\nTwo words.\n```python\nnot counted here\n```\n<Tip>three more words</Tip>')).toBe(5);
  });
});

describe('collection lint rules catch bad modules', () => {
  const mod = (slug: string, number: number, prerequisites: string[], body: string, tags: string[] = ['cnn']): ModuleFacts => ({ file: `content/modules/${slug}/index.mdx`, slug, number, tags, prerequisites, body });

  it('flags an unknown or misspelt tag with a hint, and a tag listed twice', () => {
    const base = { number: 4, slug: 'cnn', title: 'Convolutions', level: 'Intermediate', summary: 'A summary long enough to pass.', objectives: ['one objective', 'two objective', 'three objective'] };
    const messages = (tags: string[]) => moduleFrontmatter.safeParse({ ...base, tags }).error?.issues.map((i) => i.message).join('\n') ?? '';
    expect(messages(['gradienttape'])).toContain('unknown tag "gradienttape": did you mean "gradient-tape"?');
    expect(messages(['quantum'])).toContain('use one of: fundamentals,');
    expect(messages(['cnn', 'cnn'])).toContain('a tag is listed twice');
    expect(messages(['cnn', 'mnist'])).toBe('');
  });

  it('flags a vocabulary tag used by fewer than two modules, once all modules exist', () => {
    const course = COURSE_PLAN.map((p) => mod(p.slug, p.number, [], '', ['cnn']));
    expect(lintTagUsage(course, COURSE_PLAN.length).join('\n')).toContain('"mnist" is on 0 module(s)');
    expect(lintTagUsage(course.slice(0, 3), COURSE_PLAN.length)).toEqual([]);
  });

  it('flags a prerequisite that is later in the course or never used', () => {
    const problems = lintPrerequisites([mod('tensors', 1, [], 'tf.constant'), mod('cnn', 4, ['tensors', 'saving'], 'Conv2D('), mod('saving', 12, [], 'model.save(')]).join('\n');
    expect(problems).toContain('content/modules/cnn/index.mdx: prerequisites come earlier: "saving" is module 12, not before 4');
    expect(problems).toContain('content/modules/cnn/index.mdx: every prerequisite used: "tensors" is listed');
  });

  it('flags a module that uses an earlier module without listing it, and accepts one reached transitively', () => {
    const tensors = mod('tensors', 1, [], 'x');
    const tape = mod('gradient-tape', 10, ['tensors'], 'with tf.GradientTape() as tape: tf.constant(1.0)');
    const uses = 'with tf.GradientTape() as tape:\n  tf.constant(1.0)';
    expect(lintPrerequisites([tensors, tape, mod('generative', 18, [], uses)]).join('\n')).toContain(
      'content/modules/generative/index.mdx: used modules are prerequisites: uses "GradientTape", taught in "gradient-tape", but reaches none',
    );
    expect(lintPrerequisites([tensors, tape, mod('generative', 18, ['gradient-tape'], uses)])).toEqual([]);
  });

  it('flags an inline code span that never closes', () => {
    expect(balancedBackticks('call `fit` then `evaluate`')).toBe(true);
    expect(balancedBackticks('a ``x`y`` span')).toBe(true);
    expect(balancedBackticks('call `fit then evaluate')).toBe(false);
    expect(balancedBackticks('a ``x` span')).toBe(false);
    const quiz: Quiz = { module: 'cnn', questions: [{ id: 'q1', type: 'single', prompt: 'What does `fit do?', explanation: 'Because `fit` trains the model.', options: [{ id: 'a', text: 'trains' }, { id: 'b', text: '`x' }], answer: 'a' }] };
    const problems = lintModule({ folder: 'cnn', file: 'content/modules/cnn/index.mdx', data: {}, body: '', bodyLine: 1, hasQuiz: true }, new Set(['cnn']), quiz).join('\n');
    expect(problems).toContain('content/modules/cnn/quiz.ts: balanced backticks: question "q1" prompt has an inline code span that never closes');
    expect(problems).toContain('question "q1" option "b" has');
    expect(problems).not.toContain('question "q1" explanation');
  });
});
