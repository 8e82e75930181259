import { describe, expect, it, vi } from 'vitest';
import { onStart, type IslandModule } from './start';

/** A root with a Start form, two action buttons and an alert: just enough of the DOM for the loader. */
function fakeRoot() {
  const form = new EventTarget();
  const load = Object.assign(new EventTarget(), { dataset: { action: 'load' } });
  const reset = Object.assign(new EventTarget(), { dataset: { action: 'reset' } });
  const alert = { hidden: true, textContent: '' };
  const root = {
    querySelector: (selector: string) => (selector === 'form[data-part="controls"]' ? form : selector === '[data-part="alert"]' ? alert : null),
    querySelectorAll: (selector: string) => (selector === '[data-action]' ? [load, reset] : []),
  } as unknown as HTMLElement;
  const submit = () => { const event = new Event('submit', { cancelable: true }); form.dispatchEvent(event); return event; };
  return { root, submit, click: (button: 'load' | 'reset') => (button === 'load' ? load : reset).dispatchEvent(new Event('click')), alert };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('onStart', () => {
  it('imports nothing until an action, then imports and mounts once and passes every action on', async () => {
    const { root, submit, click } = fakeRoot();
    const handled: string[] = [];
    const mount = vi.fn(() => ({ handle: async (action: string) => { handled.push(action); } }));
    const load = vi.fn(async (): Promise<IslandModule> => ({ mount }));
    onStart(root, load);
    expect(load).not.toHaveBeenCalled();
    const event = submit();
    expect(event.defaultPrevented).toBe(true); // the form never navigates
    click('load');
    click('reset');
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(mount).toHaveBeenCalledOnce();
    expect(mount).toHaveBeenCalledWith(root);
    expect(handled).toEqual(['start', 'load', 'reset']);
  });

  it('shows a failed import in the alert and tries again on the next action', async () => {
    const { root, submit, alert } = fakeRoot();
    const handled: string[] = [];
    const load = vi.fn()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValue({ mount: () => ({ handle: async (action: string) => { handled.push(action); } }) });
    onStart(root, load);
    submit();
    await settle();
    expect(alert).toEqual({ hidden: false, textContent: 'This lab could not start: network down' });
    submit();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(handled).toEqual(['start']);
  });
});
