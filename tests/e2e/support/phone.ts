/**
 * Phone-width checks: the page must not scroll sideways. On failure the message names the
 * widest elements that stick out (outside any scroll container), so the culprit is obvious.
 */
import { expect, type Page } from '@playwright/test';

/** A small phone in portrait, the narrowest width the course supports. */
export const PHONE = { width: 360, height: 740 };

export async function expectNoSidewaysScroll(page: Page, state: string): Promise<void> {
  const m = await page.evaluate(() => {
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !inScroller(el))
      .slice(0, 4)
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide };
  });
  expect(m.scrollWidth, `${state}: the page is ${m.scrollWidth} px wide at ${m.innerWidth} px; sticking out: ${m.wide.join(', ')}`).toBeLessThanOrEqual(m.innerWidth);
}
