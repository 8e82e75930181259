/**
 * Lighthouse (mobile settings: its default emulated phone and throttling) on one page of the
 * local server, in headless Debian Chromium started by chrome-launcher. Returns the four
 * category scores (0-100) and the cumulative layout shift. Not a timed test: a budget.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseResult {
  path: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  cls: number;
  /** Audits that scored below 1 in the four categories, to say what to fix. */
  findings: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(base: string, path: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const run = await lighthouse(new URL(path, base).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = run.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const findings = Object.values(categories).flatMap((c) => c.auditRefs)
      .map((ref) => audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    return {
      path,
      scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
      cls: Number(audits['cumulative-layout-shift']?.numericValue ?? NaN),
      findings: [...new Set(findings)],
    };
  } finally {
    chrome.kill();
  }
}
