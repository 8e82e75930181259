import { z } from 'zod';
import { MODULE_TAGS, unknownTagHint } from './tags';

/**
 * Frontmatter of one course module (content/modules/<slug>/index.mdx), built from
 * small pieces so that each field's rule and message live in one place.
 * Duration is deliberately absent: it is computed from the text and code.
 */

/** A module slug: lowercase words joined by single hyphens; also the module's folder name. */
export const moduleSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by single hyphens, e.g. "first-network"');

/** The three levels a module can have, in the order the catalog shows them. */
export const LEVELS = ['Beginner', 'Intermediate', 'Advanced'] as const;
export const moduleLevel = z.enum(LEVELS);

/** A catalog tag from the controlled vocabulary (src/schemas/tags.ts); an unknown tag fails the build with a hint. */
export const moduleTag = z.enum(MODULE_TAGS, { error: (issue) => unknownTagHint(issue.input) });

export const moduleFrontmatter = z
  .object({
    /** Position in the course: 1 to 25, no gaps, no repeats (checked across the collection). */
    number: z.number().int().min(1).max(25),
    /** Must equal the folder name; used in URLs, the API and the quiz registry. */
    slug: moduleSlug,
    /** Title shown in the catalog and the page heading. */
    title: z.string().min(3).max(80),
    /** Beginner, Intermediate or Advanced. */
    level: moduleLevel,
    /** One sentence for the catalog card and the page description. */
    summary: z.string().min(20).max(220),
    /** 3-5 learning objectives, each a complete phrase. */
    objectives: z.array(z.string().min(10).max(200)).min(3).max(5),
    /** 1-8 topic tags for filtering, from the vocabulary, no repeats. */
    tags: z.array(moduleTag).min(1).max(8).refine((tags) => new Set(tags).size === tags.length, 'a tag is listed twice'),
    /** Slugs of modules a learner should have read first. */
    prerequisites: z.array(moduleSlug).default([]),
    /** Slugs of modules worth reading next or alongside. */
    related: z.array(moduleSlug).default([]),
  })
  .strict();

export type ModuleFrontmatter = z.infer<typeof moduleFrontmatter>;
export type ModuleLevel = z.infer<typeof moduleLevel>;

/** Total number of modules the course promises. */
export const COURSE_MODULE_COUNT = 25;
export const COURSE_TITLE = 'TensorFlow & Keras';
