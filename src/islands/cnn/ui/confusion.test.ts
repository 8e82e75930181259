import { readFileSync } from 'node:fs';
import { blend, formatHex, parse, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { cellShade } from './confusion';

/** The site's theme tokens, read from the stylesheet so a palette change is checked too. */
function theme(selector: string): Record<string, string> {
  const css = readFileSync(new URL('../../../styles/global.css', import.meta.url), 'utf8');
  const block = css.split(`${selector} {`)[1]?.split('}')[0];
  if (!block) throw new Error(`No ${selector} block in global.css`);
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})/gi)].map((m) => [m[1]!, m[2]!]));
}

const color = (hex: string | undefined): Color => {
  const parsed = hex ? parse(hex) : undefined;
  if (!parsed) throw new Error(`Not a colour: ${hex}`);
  return parsed;
};

/** What `color-mix(in oklab, accent X%, transparent)` paints over `surface`: the accent at alpha X. */
const painted = (accent: string, shade: number, surface: string) => blend([color(surface), { ...color(accent), alpha: shade }]);

describe('confusion matrix shading', () => {
  const shares = Array.from({ length: 101 }, (_, i) => i / 100);

  for (const [name, selector] of [['light', ':root'], ['dark', ":root[data-theme='dark']"]] as const) {
    it(`keeps every count readable (WCAG AA, 4.5:1) in the ${name} theme`, () => {
      const t = theme(selector);
      const failures = [];
      for (const surface of [t.bg!, t['bg-soft']!]) {
        for (const share of shares) {
          const { shade, strong } = cellShade(share);
          const text = strong ? t['accent-fg']! : t.fg!;
          const ratio = wcagContrast(color(text), painted(t.accent!, shade, surface));
          if (ratio < 4.5) failures.push(`share ${share} on ${surface}: ${formatHex(painted(t.accent!, shade, surface))} ${ratio.toFixed(2)}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('shades more for a larger share', () => {
    const shades = shares.map((s) => cellShade(s).shade);
    expect(shades.every((s, i) => i === 0 || s > shades[i - 1]!)).toBe(true);
    expect(cellShade(0)).toEqual({ shade: 0, strong: false });
    expect(cellShade(1)).toEqual({ shade: 1, strong: true });
  });
});
