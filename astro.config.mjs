// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { copyNotebooks } from './src/lib/copy-notebooks-integration.mjs';
import { siteUrl } from './src/lib/site-url.mjs';

// The public origin (canonical links, sitemap, notebooks' links): SITE_URL, else the local server.
const site = siteUrl(process.env);

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), copyNotebooks()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  // No inline <style> or <script> in the HTML: the Content-Security-Policy (public/_headers)
  // allows only same-origin files, so small scripts and stylesheets are emitted as files too.
  build: { inlineStylesheets: 'never' },
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    // ES-module workers keep the CNN worker's backend imports lazy (iife would inline all four, 2.2 MB).
    worker: { format: 'es' },
    build: {
      assetsInlineLimit: (file) => (/\.(js|mjs|css)$/.test(file) ? false : undefined),
      rollupOptions: {
        // Astro marks every MDX module with "use astro:head-inject"; the bundler warns once per
        // module (25 identical lines per build) that it cannot keep the directive. Harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
