import { describe, expect, it } from 'vitest';
import { displayName } from './schemas';
import { marksWellPlaced, mixedScripts } from './scripts';

describe('display names keep to one writing system', () => {
  it('accepts single-script names in many scripts, with digits and punctuation', () => {
    for (const name of ['Ada Lovelace', 'José_99', 'Ελένη', 'Наталья-7', 'محمد', 'दीपिका', 'தமிழ்செல்வி', 'สมชาย', '山田太郎', 'やまだ タロウ', '김민준', 'Taro山田たろう', 'Minjun김']) {
      expect(mixedScripts(name), name).toBeNull();
      expect(displayName.safeParse(name).success, name).toBe(true);
    }
  });

  it('refuses look-alike swaps and other mixes, naming the scripts', () => {
    expect(mixedScripts('p\u0430ypal')).toEqual(['Latin', 'Cyrillic']);
    expect(mixedScripts('\u0391dam')).toEqual(['Greek', 'Latin']);
    expect(mixedScripts('山田김たろう')).toEqual(['Han', 'Hangul', 'Hiragana']);
    const result = displayName.safeParse('p\u0430ypal');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must use one writing system, not a mix (Latin and Cyrillic): mixed letters can imitate another name');
  });

  it('allows combining marks only after a letter, at most 3 together and none repeated', () => {
    expect(marksWellPlaced('क्षिति')).toBe(true);
    expect(marksWellPlaced('q\u0301x')).toBe(true);
    expect(marksWellPlaced('\u0301ab')).toBe(false);
    expect(marksWellPlaced('ab \u0301c')).toBe(false);
    expect(marksWellPlaced('a\u0301\u0301b')).toBe(false);
    expect(marksWellPlaced('a\u0300\u0301\u0302\u0303b')).toBe(false);
  });
});
