import type { APIRoute, GetStaticPaths } from 'astro';
import { buildNotebook } from '../../lib/notebook';
import { getCourse, moduleHref, type ModuleEntry } from '../../lib/modules';

/** /modules/<slug>.ipynb: the module's python listings as a Jupyter notebook, built at build time. */
export const getStaticPaths = (async () => {
  const { modules } = await getCourse();
  return [...modules.values()].map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ModuleEntry }> = ({ props, site, url }) => {
  const { data, body = '' } = props.entry;
  const pageUrl = new URL(moduleHref(data.slug), site ?? url).href;
  const notebook = buildNotebook({ title: data.title, summary: data.summary, pageUrl, body });
  return new Response(`${JSON.stringify(notebook, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/x-ipynb+json' },
  });
};
