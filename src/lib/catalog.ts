import type { ModuleFrontmatter, ModuleLevel } from '../schemas/module';
import { COURSE_MODULE_COUNT, LEVELS } from '../schemas/module';
import type { PlannedModule } from './course-plan';

/**
 * Merges the course plan with the modules that are written. A written module's
 * frontmatter wins; a planned row without a module is "coming soon". Collection-wide
 * rules the per-file schema cannot check (slug = folder, unique numbers) fail here,
 * naming the file, so a broken module stops the build.
 */
export interface WrittenModule {
  /** Folder name under content/modules/. */
  id: string;
  data: ModuleFrontmatter;
  /** Computed reading time in minutes. */
  minutes: number;
}

export type CatalogEntry =
  | ({ written: true; minutes: number } & ModuleFrontmatter)
  | ({ written: false } & PlannedModule);

export function mergeCourse(plan: readonly PlannedModule[], written: readonly WrittenModule[]): CatalogEntry[] {
  const byNumber = new Map<number, CatalogEntry>();
  for (const m of written) {
    const file = `content/modules/${m.id}/index.mdx`;
    if (m.data.slug !== m.id) throw new Error(`${file}: frontmatter field "slug" is "${m.data.slug}" but must equal the folder name "${m.id}"`);
    const clash = byNumber.get(m.data.number);
    if (clash) throw new Error(`${file}: frontmatter field "number" ${m.data.number} is already used by module "${clash.slug}"`);
    byNumber.set(m.data.number, { written: true, minutes: m.minutes, ...m.data });
  }
  const slugs = new Set([...byNumber.values()].map((e) => e.slug));
  for (const row of plan) {
    if (!byNumber.has(row.number) && !slugs.has(row.slug)) byNumber.set(row.number, { written: false, ...row });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** Entries grouped in the catalog's level order (Beginner, Intermediate, Advanced). */
export function groupByLevel(entries: readonly CatalogEntry[]): { level: ModuleLevel; entries: CatalogEntry[] }[] {
  return LEVELS.map((level) => ({ level, entries: entries.filter((e) => e.level === level) }));
}

/** Previous and next written modules around `slug`, skipping modules not written yet. */
export function neighbours(entries: readonly CatalogEntry[], slug: string) {
  const written = entries.filter((e) => e.written);
  const i = written.findIndex((e) => e.slug === slug);
  return { previous: i > 0 ? written[i - 1] : undefined, next: i >= 0 && i < written.length - 1 ? written[i + 1] : undefined };
}

/** Sorted set of every tag used by a written module. */
export const allTags = (entries: readonly CatalogEntry[]): string[] =>
  [...new Set(entries.flatMap((e) => (e.written ? e.tags : [])))].sort();

export const moduleCountLabel = (n: number): string => `Module ${n} of ${COURSE_MODULE_COUNT}`;
