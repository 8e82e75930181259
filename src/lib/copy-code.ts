/**
 * Adds a "Copy" button to each highlighted code block inside `root`. Buttons exist only
 * when this script runs, so pages without JS show no dead controls.
 */
export function addCopyButtons(root: ParentNode, doc: Document = document): void {
  root.querySelectorAll<HTMLPreElement>('pre.astro-code').forEach((pre, i) => {
    const code = pre.querySelector('code');
    if (!code || pre.parentElement?.classList.contains('code-block')) return;
    const wrapper = doc.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre);
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy code listing ${i + 1}`);
    const status = doc.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        button.textContent = 'Copied';
        status.textContent = 'Code copied to the clipboard';
      } catch {
        button.textContent = 'Copy failed';
        status.textContent = 'Could not copy: select the code and copy it manually';
      }
      setTimeout(() => { button.textContent = 'Copy'; status.textContent = ''; }, 2000);
    });
    wrapper.append(button, status);
  });
}
