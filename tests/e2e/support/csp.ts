/**
 * Collects Content-Security-Policy violations while a page runs: the `securitypolicyviolation`
 * events of every document it loads (an init script reports each through an exposed function,
 * so navigations lose none) and Chromium's "Refused to ..." console reports from the page and
 * its workers (a worker's violations never reach the document). A spec calls `watchCsp(page)`
 * before its first goto and asserts that `violations()` is empty at the end.
 */
import type { ConsoleMessage, Page } from '@playwright/test';

const CSP_CONSOLE = /Content Security Policy|Content-Security-Policy/i;

/** Starts collecting for this page; `violations()` returns every report so far, one line each. */
export async function watchCsp(page: Page): Promise<{ violations: () => string[] }> {
  const seen: string[] = [];
  const onConsole = (where: string) => (msg: ConsoleMessage) => {
    if (CSP_CONSOLE.test(msg.text())) seen.push(`${where}: ${msg.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  await page.exposeFunction('__reportCspViolation', (line: string) => void seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      report(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return { violations: () => [...seen] };
}
