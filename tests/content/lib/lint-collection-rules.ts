import { MODULE_TAGS } from '../../../src/schemas/tags';
import { conceptsUsed, usesModule } from './concept-markers';

/**
 * Content rules that need the whole collection: prerequisites (which are about other
 * modules) and tag usage (which is about all modules at once). Messages have the form
 * "<file>: <rule>: <detail>", like the per-module rules.
 */

/** What these rules need of one module: its parsed frontmatter fields and its MDX body. */
export interface ModuleFacts {
  file: string;
  slug: string;
  number: number;
  tags: readonly string[];
  prerequisites: readonly string[];
  body: string;
}

/** Every module reachable through prerequisites, the module's own excluded. */
function allPrerequisites(slug: string, bySlug: ReadonlyMap<string, ModuleFacts>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(bySlug.get(slug)?.prerequisites ?? [])];
  while (stack.length) {
    const next = stack.pop() as string;
    if (seen.has(next) || next === slug) continue;
    seen.add(next);
    stack.push(...(bySlug.get(next)?.prerequisites ?? []));
  }
  return seen;
}

/**
 * Prerequisites: each one comes earlier in the course and is used by the body; and a body
 * that uses what an earlier module teaches (CONCEPTS) reaches that module through
 * its prerequisites, directly or transitively.
 */
export function lintPrerequisites(modules: readonly ModuleFacts[]): string[] {
  const problems: string[] = [];
  const bySlug = new Map(modules.map((m) => [m.slug, m]));
  for (const mod of modules) {
    const fail = (rule: string, detail: string) => problems.push(`${mod.file}: ${rule}: ${detail}`);
    for (const pre of mod.prerequisites) {
      const other = bySlug.get(pre);
      if (other && other.number >= mod.number) fail('prerequisites come earlier', `"${pre}" is module ${other.number}, not before ${mod.number}`);
      if (!usesModule(mod.body, pre)) fail('every prerequisite used', `"${pre}" is listed but nothing it teaches appears (see CONCEPTS in concept-markers.ts)`);
    }
    const reachable = allPrerequisites(mod.slug, bySlug);
    for (const { concept, match } of conceptsUsed(mod.body)) {
      const earlier = concept.taughtIn.filter((slug) => (bySlug.get(slug)?.number ?? Infinity) < mod.number);
      if (concept.taughtIn.includes(mod.slug) || earlier.length === 0 || earlier.some((slug) => reachable.has(slug))) continue;
      fail('used modules are prerequisites', `uses "${match}", taught in "${earlier.join('" or "')}", but reaches none of them through its prerequisites`);
    }
  }
  return problems;
}

/** Every vocabulary tag is on at least two modules, once the whole course is written. */
export function lintTagUsage(modules: readonly ModuleFacts[], courseSize: number): string[] {
  if (modules.length < courseSize) return [];
  const count = new Map<string, number>();
  for (const m of modules) for (const tag of m.tags) count.set(tag, (count.get(tag) ?? 0) + 1);
  return MODULE_TAGS.filter((tag) => (count.get(tag) ?? 0) < 2).map(
    (tag) => `src/schemas/tags.ts: tags used by two modules: "${tag}" is on ${count.get(tag) ?? 0} module(s); retag or drop it`,
  );
}
