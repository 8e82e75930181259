import { describe, expect, it } from 'vitest';
import { inlineCodeParts } from './inline-code';

describe('inlineCodeParts', () => {
  it('marks backtick spans as code and keeps markup as plain text', () => {
    expect(inlineCodeParts('Use `padding="same"` here')).toEqual([
      { code: false, text: 'Use ' },
      { code: true, text: 'padding="same"' },
      { code: false, text: ' here' },
    ]);
    expect(inlineCodeParts('`<img src=x onerror=alert(1)>`')).toEqual([{ code: true, text: '<img src=x onerror=alert(1)>' }]);
  });
  it('leaves an unmatched backtick literal', () => {
    expect(inlineCodeParts('a `b` c `d')).toEqual([
      { code: false, text: 'a ' },
      { code: true, text: 'b' },
      { code: false, text: ' c `d' },
    ]);
  });
});
