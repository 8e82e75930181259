import { describe, expect, it } from 'vitest';
import { matches } from './catalog-filter';

describe('catalog filter', () => {
  const card = { level: 'Intermediate', tags: ['cnn', 'mnist'] };
  it('matches everything with no filter', () => expect(matches(card, { level: '', tag: '' })).toBe(true));
  it('filters by level', () => {
    expect(matches(card, { level: 'Intermediate', tag: '' })).toBe(true);
    expect(matches(card, { level: 'Beginner', tag: '' })).toBe(false);
  });
  it('filters by tag and by both', () => {
    expect(matches(card, { level: '', tag: 'mnist' })).toBe(true);
    expect(matches(card, { level: '', tag: 'rnn' })).toBe(false);
    expect(matches(card, { level: 'Beginner', tag: 'cnn' })).toBe(false);
    expect(matches({ level: 'Advanced', tags: [] }, { level: 'Advanced', tag: 'cnn' })).toBe(false);
  });
});
