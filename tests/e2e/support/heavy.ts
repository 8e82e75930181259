/**
 * What an island may fetch only after Start (TensorFlow.js, its workers, wasm binaries, MNIST
 * shards), recorded from the first request of a page, so a spec can check nothing heavy came
 * before Start and that it did come after.
 */
import type { Locator, Page } from '@playwright/test';

/** URLs of TensorFlow.js, island workers, wasm files and MNIST shards. */
export const HEAVY = /tfjs|worker|\.wasm|mnist/i;

/**
 * Opens `url` with every heavy request recorded into the returned `heavy` list (it keeps
 * filling after this returns), scrolls the lab `selector` into view and waits for the network
 * to settle: `heavy` then holds what the page fetched before any Start.
 */
export async function openLabRecordingHeavy(page: Page, url: string, selector: string): Promise<{ lab: Locator; heavy: string[] }> {
  const heavy: string[] = [];
  page.on('request', (r) => { if (HEAVY.test(r.url())) heavy.push(r.url()); });
  await page.goto(url);
  const lab = page.locator(selector);
  await lab.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  return { lab, heavy };
}
