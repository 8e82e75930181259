import { describe, expect, it } from 'vitest';
import { editDistance, hitMatches, normaliseWord, termMatches } from './search-match';

describe('search hit matching', () => {
  it('normalises page words to letters and digits', () => {
    expect(normaliseWord('(Conv2D)')).toBe('conv2d');
    expect(normaliseWord('model.fit(')).toBe('modelfit');
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('convolutoin', 'convolution')).toBe(1);
    expect(editDistance('xyzzy', 'x')).toBe(4);
  });

  it('rejects the one-letter matches Pagefind returns for nonsense', () => {
    expect(hitMatches('xyzzy', ['x', 'x', 'x'])).toBe(false);
    expect(hitMatches('qqqq', ['(q', 'q'])).toBe(false);
  });

  it('keeps exact words, stems, prefixes and typos', () => {
    expect(hitMatches('Conv2D', ['(Conv2D)'])).toBe(true);
    expect(hitMatches('training', ['trained'])).toBe(true);
    expect(hitMatches('conv', ['Convolutional'])).toBe(true);
    expect(hitMatches('convolutoin', ['convolutional'])).toBe(true);
    expect(hitMatches('cnovolution', ['convolution'])).toBe(true);
    expect(termMatches('cnn', 'CNNs')).toBe(true);
    expect(hitMatches('Conv2D', ['model.add(layers.Conv2D(32,'])).toBe(true);
    expect(hitMatches('GradientTape', ['tf.GradientTape()'])).toBe(true);
  });

  it('needs every term of a multi-word query', () => {
    expect(hitMatches('gradient tape', ['GradientTape', 'tape'])).toBe(true);
    expect(hitMatches('gradient xyzzy', ['gradient', 'x'])).toBe(false);
    expect(hitMatches('   ', ['anything'])).toBe(false);
  });
});
