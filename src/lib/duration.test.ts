import { describe, expect, it } from 'vitest';
import { countWords, measureBody, readingMinutes } from './duration';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const code = (n: number) => ['```python', ...Array.from({ length: n }, (_, i) => `x${i} = ${i}`), '```'].join('\n');

describe('measureBody', () => {
  it('separates prose words from non-blank code lines', () => {
    const body = `## Heading here\n\nSome **bold** prose.\n\n${code(3)}\n\n\`\`\`text\nout\n\n\`\`\`\nMore prose.`;
    expect(measureBody(body)).toEqual({ proseWords: 7, codeLines: 4 });
  });

  it('does not count MDX tags or link targets as words', () => {
    expect(countWords('<Tip>Use [the docs](https://example.com/very/long/url) daily.</Tip>')).toBe(4);
  });

  it('treats a longer fence as one block even if it contains a shorter fence', () => {
    const body = '````markdown\n```python\nx = 1\n```\n````\nafter';
    expect(measureBody(body)).toEqual({ proseWords: 1, codeLines: 3 });
  });
});

describe('readingMinutes', () => {
  it('reads 200 prose words a minute and rounds up', () => {
    expect(readingMinutes(words(200))).toBe(1);
    expect(readingMinutes(words(201))).toBe(2);
    expect(readingMinutes(words(1000))).toBe(5);
  });

  it('counts code lines at 5 seconds each', () => {
    expect(readingMinutes(code(12))).toBe(1);
    expect(readingMinutes(code(13))).toBe(2);
    expect(readingMinutes(words(400) + '\n\n' + code(24))).toBe(4);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });
});
