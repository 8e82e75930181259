// @ts-check
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * After a build, copies dist/modules/<slug>.ipynb to notebooks/<slug>.ipynb (git-ignored
 * until a deployer commits them), the path the "Open in Colab" link opens on GitHub.
 * @returns {import('astro').AstroIntegration}
 */
export function copyNotebooks(target = 'notebooks') {
  return {
    name: 'copy-notebooks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const from = new URL('modules/', dir);
        const files = (await readdir(from)).filter((f) => f.endsWith('.ipynb'));
        await rm(target, { recursive: true, force: true });
        await mkdir(target, { recursive: true });
        await Promise.all(files.map((f) => copyFile(fileURLToPath(new URL(f, from)), `${target}/${f}`)));
        logger.info(`${files.length} notebooks written to ${target}/ (the Colab links point there on GitHub)`);
        // Committed notebooks are read on GitHub and Colab: a localhost link in them helps no one.
        if (process.env.PUBLIC_REPO_URL && !process.env.SITE_URL) logger.warn('PUBLIC_REPO_URL is set but SITE_URL is not: the notebooks link to a local address. Set SITE_URL to the public site before committing notebooks/.');
      },
    },
  };
}
