import { describe, expect, it } from 'vitest';
import type { ModuleFrontmatter } from '../schemas/module';
import { allTags, groupByLevel, mergeCourse, neighbours } from './catalog';
import { COURSE_PLAN } from './course-plan';

const fm = (number: number, slug: string, extra: Partial<ModuleFrontmatter> = {}): ModuleFrontmatter => ({
  number, slug, title: `Written ${slug}`, level: COURSE_PLAN[number - 1]?.level ?? 'Beginner',
  summary: 'A summary long enough to pass.', objectives: ['a', 'b', 'c'], tags: ['fundamentals'], prerequisites: [], related: [], ...extra,
});

describe('mergeCourse', () => {
  it('lists all 25 rows, written frontmatter winning over the plan', () => {
    const entries = mergeCourse(COURSE_PLAN, [{ id: 'cnn', data: fm(4, 'cnn', { tags: ['cnn', 'mnist'] }), minutes: 9 }]);
    expect(entries).toHaveLength(25);
    expect(entries[3]).toMatchObject({ written: true, title: 'Written cnn', minutes: 9 });
    expect(entries.filter((e) => e.written)).toHaveLength(1);
    expect(allTags(entries)).toEqual(['cnn', 'mnist']);
  });

  it('fails naming the file and field when slug differs from the folder', () => {
    expect(() => mergeCourse(COURSE_PLAN, [{ id: 'cnn', data: fm(4, 'cnns'), minutes: 1 }])).toThrow(/content\/modules\/cnn\/index\.mdx.*"slug"/);
  });

  it('fails on a repeated module number', () => {
    const written = [{ id: 'cnn', data: fm(4, 'cnn'), minutes: 1 }, { id: 'rnn', data: fm(4, 'rnn'), minutes: 1 }];
    expect(() => mergeCourse(COURSE_PLAN, written)).toThrow(/content\/modules\/rnn\/index\.mdx.*"number" 4/);
  });
});

describe('groupByLevel and neighbours', () => {
  const entries = mergeCourse(COURSE_PLAN, [
    { id: 'tensors', data: fm(1, 'tensors'), minutes: 1 },
    { id: 'cnn', data: fm(4, 'cnn'), minutes: 1 },
    { id: 'rnn', data: fm(14, 'rnn'), minutes: 1 },
  ]);

  it('groups in level order', () => {
    expect(groupByLevel(entries).map((g) => [g.level, g.entries.length])).toEqual([['Beginner', 3], ['Intermediate', 12], ['Advanced', 10]]);
  });

  it('skips modules that are not written yet', () => {
    expect(neighbours(entries, 'cnn')).toMatchObject({ previous: { slug: 'tensors' }, next: { slug: 'rnn' } });
    expect(neighbours(entries, 'tensors').previous).toBeUndefined();
    expect(neighbours(entries, 'rnn').next).toBeUndefined();
  });
});
