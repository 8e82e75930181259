/**
 * The playground's page code, imported by the shell's loader on the first Run or preset. It keeps
 * the Python listing and the broadcasting view in step with the form as the learner types, and
 * runs the operation on Run in TensorFlow.js, loaded through the shared runtime's main-thread
 * `loadTensorFlow()` (wasm, or cpu where wasm cannot start).
 */
import { runOperation } from '../ops/run';
import { pyCall, pyListing } from '../teach/python-call';
import { pythonSays } from '../teach/python-says';
import { fieldGetter, setFields, showFieldErrors } from './fields';
import { PRESETS } from './presets';
import { readRequest, type Request } from './read-form';
import { renderBroadcast } from './render-broadcast';
import { renderCall } from './render-call';
import { renderResult } from './render-result';
import { loadForPlayground } from './load';

/** What the shell's loader calls: 'start' (Run) or 'preset:<id>' (a preset button). */
export interface Playground { handle(action: string): Promise<void> }

/** Wires the playground inside `root` (the shell's [data-tensor-playground] element). */
export function mount(root: HTMLElement): Playground {
  const form = root.querySelector<HTMLFormElement>('form[data-part="controls"]')!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const status = part('status');
  const get = fieldGetter(form);
  let queue = Promise.resolve();

  const preview = (request: Request) => {
    part('python').textContent = pyListing(request.a, request.b, request.op);
    renderCall(root, pyCall(request.op));
    renderBroadcast(root, request.a, request.b, request.op);
  };
  form.addEventListener('input', () => {
    const read = readRequest(get);
    if (read.ok) preview(read.value);
    if (root.dataset.state === 'done') status.textContent = 'Inputs changed: press Run for a new result.';
  });

  const runOnce = async () => {
    const read = readRequest(get);
    showFieldErrors(root, form, read.ok ? {} : read.errors);
    if (!read.ok) {
      status.textContent = 'Some input is not valid: see the messages next to the marked fields.';
      return;
    }
    const { a, b, op } = read.value;
    preview(read.value);
    const tf = await loadForPlayground(root);
    if (!tf) return;
    const started = performance.now();
    const result = await runOperation(tf, op, a, b);
    if (!result.ok && result.stage !== 'op') showFieldErrors(root, form, { [`${result.stage}-values`]: result.message });
    const says = !result.ok && result.stage !== 'op' ? undefined : pythonSays(op, a, b);
    status.textContent = renderResult(root, result, says);
    root.dataset.state = 'done';
    root.dataset.runMs = (performance.now() - started).toFixed(1);
  };

  // One run at a time, in order: a quick second click waits for the first.
  const run = () => (queue = queue.then(runOnce, runOnce));
  return {
    handle: (action) => {
      const preset = PRESETS.find((p) => action === `preset:${p.id}`);
      if (preset) setFields(form, preset.fields);
      return run();
    },
  };
}
