/**
 * The lab on the page, imported by the shell's loader on the first Start. Actions: 'open'
 * (the lab's worker with TensorFlow.js and the saved CNN, the learner's drawings and the pad),
 * 'train-base' (module 4's quick run when no CNN is saved), 'start' (the settings form: train on
 * the drawings). TensorFlow.js runs in the worker only; the page draws and shows.
 */
import { part } from '../../runtime/ui/dom';
import { WorkerClient } from '../../runtime/worker/client';
import { watchLongTasks } from '../../runtime/ui/long-tasks';
import type { Event, Replies, Request } from '../protocol.ts';
import { Workspace } from './workspace.ts';
import { showBase, trainBaseHere } from './base.ts';
import type { LabClient } from './run.ts';
import { train } from './train-action.ts';

/** Wires the lab into `root` (the shell's section) and returns its action handler. */
export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const status = part(root, 'status');
  const alert = part(root, 'alert');
  const longTasks = watchLongTasks();
  let workspace: Workspace | null = null;
  let client: LabClient | null = null;
  let hasBase = false;
  let busy = false;

  async function open(): Promise<Workspace> {
    if (workspace) return workspace;
    status.textContent = 'Loading TensorFlow.js and your CNN…';
    client ??= new WorkerClient<Request, Replies, Event>(new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'transfer' }));
    const { backend, base } = await client.request({ type: 'open' });
    root.dataset.backend = backend;
    part(root, 'base').hidden = false;
    hasBase = showBase(root, base);
    workspace = new Workspace(root);
    part(root, 'start').hidden = true;
    part(root, 'workspace').hidden = false;
    status.textContent = `Ready (TensorFlow.js on ${backend}): name your symbols, draw each a few times, then train.`;
    return workspace;
  }

  async function act(action: string): Promise<void> {
    const space = await open();
    if (action === 'train-base') {
      status.textContent = 'Training a CNN on MNIST in module 4’s worker…';
      await trainBaseHere(root);
      hasBase = showBase(root, (await client!.request({ type: 'open' })).base);
      status.textContent = hasBase ? 'Your new CNN is the base now: train on your drawings when ready.' : status.textContent;
    } else if (action === 'start') {
      if (!hasBase) { status.textContent = 'There is no CNN to build on yet: train one here first (the button under “The base”).'; return; }
      await train(root, client!, space, longTasks);
    }
  }

  return {
    async handle(action: string): Promise<void> {
      if (busy) { status.textContent = 'Busy: wait for the current step to finish.'; return; }
      busy = true;
      root.dataset.state = 'busy';
      alert.hidden = true;
      for (const b of root.querySelectorAll<HTMLButtonElement>('[data-part="train"], [data-part="train-base"]')) b.disabled = true;
      try {
        await act(action);
      } catch (error) {
        alert.hidden = false;
        alert.textContent = `Something went wrong: ${(error as Error).message}. Your drawings are kept; try again.`;
      } finally {
        busy = false;
        root.dataset.state = workspace ? 'ready' : 'idle';
        for (const b of root.querySelectorAll<HTMLButtonElement>('[data-part="train"], [data-part="train-base"]')) b.disabled = false;
      }
    },
  };
}
