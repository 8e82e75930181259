import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COURSE_MODULE_COUNT, moduleLevel, moduleSlug } from '../schemas/module';
import { COURSE_PLAN } from './course-plan';

describe('COURSE_PLAN', () => {
  it('has 25 rows numbered 1..25 in order', () => {
    expect(COURSE_PLAN).toHaveLength(COURSE_MODULE_COUNT);
    expect(COURSE_PLAN.map((m) => m.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('has unique, valid slugs and valid levels', () => {
    expect(new Set(COURSE_PLAN.map((m) => m.slug)).size).toBe(25);
    for (const m of COURSE_PLAN) {
      expect(moduleSlug.safeParse(m.slug).success, m.slug).toBe(true);
      expect(moduleLevel.safeParse(m.level).success, m.slug).toBe(true);
    }
  });

  it('agrees with every written module on its number and level', () => {
    const dir = 'content/modules';
    const folders = existsSync(dir) ? readdirSync(dir).filter((f) => existsSync(`${dir}/${f}/index.mdx`)) : [];
    for (const slug of folders) {
      const head = readFileSync(`${dir}/${slug}/index.mdx`, 'utf8').split('\n---')[0] ?? '';
      const number = Number(/^number:\s*(\d+)/m.exec(head)?.[1]);
      const level = /^level:\s*(\w+)/m.exec(head)?.[1];
      const row = COURSE_PLAN.find((m) => m.slug === slug);
      expect(row, `content/modules/${slug} is not in the course plan`).toBeDefined();
      expect({ number, level }, slug).toEqual({ number: row?.number, level: row?.level });
    }
  });
});
