/** Keeps the one-line Python call beside the operation menu in step with the chosen operation. */

/** Shows `call` (and the operator form, when there is one) in the operation fieldset. */
export function renderCall(root: HTMLElement, python: { call: string; operator?: string }): void {
  const line = root.querySelector<HTMLElement>('.tp-pycall')!;
  const code = (text: string) => Object.assign(document.createElement('code'), { textContent: text });
  const callCode = code(python.call);
  callCode.dataset.part = 'python-call';
  line.replaceChildren('In Python: ', callCode, ...(python.operator ? [' or ', code(python.operator)] : []));
}
