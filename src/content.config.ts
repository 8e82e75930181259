import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleFrontmatter } from './schemas/module';

/** Each module is content/modules/<slug>/index.mdx; its id is the folder name (the slug). */
const modules = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/modules',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: moduleFrontmatter,
});

export const collections = { modules };
