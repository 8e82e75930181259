/**
 * The tiny start-on-click loader every island's Astro shell uses: the only island JavaScript a
 * page ships before Start. Submitting the island's `form[data-part="controls"]` runs action
 * 'start'; clicking any `[data-action="name"]` button runs 'name'. The first action imports the
 * island (and through it TensorFlow.js) and mounts it once; a failed import is shown in the
 * island's `[data-part="alert"]` and retried on the next action.
 */

/** What an island's main module's `mount(root)` returns. */
export interface MountedIsland { handle(action: string): Promise<void> }
/** An island's main module, imported on first use. */
export interface IslandModule { mount(root: HTMLElement): MountedIsland }

/** Wires `root`'s Start form and action buttons to the island `load()` imports; returns `run` for other triggers. */
export function onStart(root: HTMLElement, load: () => Promise<IslandModule>): (action: string) => void {
  let island: Promise<MountedIsland> | undefined;
  const run = (action: string) => {
    island ??= load().then((m) => m.mount(root));
    island.then((i) => i.handle(action)).catch((error: Error) => {
      const alert = root.querySelector<HTMLElement>('[data-part="alert"]');
      if (alert) { alert.hidden = false; alert.textContent = `This lab could not start: ${error.message}`; }
      island = undefined;
    });
  };
  root.querySelector('form[data-part="controls"]')?.addEventListener('submit', (event) => { event.preventDefault(); run('start'); });
  for (const button of root.querySelectorAll<HTMLElement>('[data-action]')) button.addEventListener('click', () => run(button.dataset.action!));
  return run;
}
