import { describe, expect, it } from 'vitest';
import { collectHits } from './search-hits';

const record = (url: string, content: string, locations: number[], kind?: string) => ({
  url, content, locations, excerpt: `excerpt of ${url}`, meta: { title: `Title ${url}`, ...(kind ? { kind } : {}) },
});

describe('collectHits', () => {
  it('drops records whose highlighted words do not match the query', () => {
    expect(collectHits('xyzzy', [record('/modules/a/', 'let x = 7 x 7', [1, 4])])).toEqual([]);
  });

  it('merges a page and its code record into one hit with the prose excerpt', () => {
    const hits = collectHits('Conv2D', [
      record('/modules/cnn/listings/', 'model.add(layers.Conv2D(32, 3))', [0], 'code'),
      record('/modules/cnn/', 'A Conv2D layer slides filters', [1]),
    ]);
    expect(hits).toEqual([{ url: '/modules/cnn/', title: 'Title /modules/cnn/listings/', excerpt: 'excerpt of /modules/cnn/' }]);
  });

  it('keeps a page found only in its code, without a code excerpt', () => {
    expect(collectHits('GradientTape', [record('/modules/gan/listings/', 'with tf.GradientTape() as tape:', [1], 'code')]))
      .toEqual([{ url: '/modules/gan/', title: 'Title /modules/gan/listings/', excerpt: null }]);
  });
});
