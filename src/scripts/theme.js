/**
 * The only script on plain pages, loaded render-blocking from <head> (a file, not inline,
 * so the Content-Security-Policy needs no 'unsafe-inline' or hash): runs before first
 * paint so a stored theme never flashes, marks the page as scripted (which reveals the
 * toggle) and handles the toggle's clicks. With no stored choice the CSS follows
 * prefers-color-scheme.
 */
(() => {
  const root = document.documentElement;
  const key = 'theme';
  try { const saved = localStorage.getItem(key); if (saved === 'dark' || saved === 'light') root.dataset.theme = saved; } catch {}
  root.dataset.js = '';
  const current = () => root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const sync = () => document.querySelectorAll('[data-theme-toggle]').forEach((b) => b.setAttribute('aria-pressed', String(current() === 'dark')));
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
    try { localStorage.setItem(key, root.dataset.theme); } catch {}
    sync();
  });
})();
