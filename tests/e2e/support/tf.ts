/** Whether TensorFlow.js has loaded on the page or in any of its workers (an island may train in one). */
import type { Page } from '@playwright/test';

/** TensorFlow.js keeps its engine in globalThis._tfengine from the moment it is imported. */
export async function tfLoaded(page: Page): Promise<boolean> {
  const probe = () => '_tfengine' in globalThis;
  const found = await Promise.all([page.evaluate(probe), ...page.workers().map((worker) => worker.evaluate(probe).catch(() => false))]);
  return found.includes(true);
}
