import { getCollection, type CollectionEntry } from 'astro:content';
import { mergeCourse, type CatalogEntry } from './catalog';
import { COURSE_PLAN } from './course-plan';
import { readingMinutes } from './duration';

/**
 * Build-time view of the course: the written modules (collection entries) merged with
 * the plan. Loaded once per build and shared by the catalog, module pages and notebooks.
 */
export type ModuleEntry = CollectionEntry<'modules'>;

export interface Course {
  entries: CatalogEntry[];
  modules: Map<string, ModuleEntry>;
}

let cached: Promise<Course> | undefined;

async function load(): Promise<Course> {
  const collection = await getCollection('modules');
  const modules = new Map(collection.map((e) => [e.id, e]));
  const written = collection.map((e) => ({ id: e.id, data: e.data, minutes: readingMinutes(e.body ?? '') }));
  return { entries: mergeCourse(COURSE_PLAN, written), modules };
}

export const getCourse = (): Promise<Course> => (cached ??= load());

/** Written catalog entries for a list of slugs, in the order given; unknown or unwritten slugs are skipped. */
export function pick(entries: readonly CatalogEntry[], slugs: readonly string[]): CatalogEntry[] {
  return slugs.flatMap((s) => entries.filter((e) => e.slug === s));
}

export const moduleHref = (slug: string): string => `/modules/${slug}/`;
