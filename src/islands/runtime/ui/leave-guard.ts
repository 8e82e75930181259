/**
 * Asks before the page is left or reloaded while `busy()` is true (a full training run is
 * minutes of work). The browser shows its own wording; a page can only ask for the prompt.
 */
export function guardLeaving(win: Window, busy: () => boolean): void {
  win.addEventListener('beforeunload', (event) => {
    if (!busy()) return;
    event.preventDefault();
    event.returnValue = ''; // older Chromium and Safari still look at it
  });
}
