import { describe, expect, it } from 'vitest';
import { pythonListings } from '../../src/lib/listings';
import { allModules } from './lib/modules';
import { parsePython } from './lib/python-ast';

/** Every ```python listing in every module is valid Python (checked with `ast.parse`). */
describe('python listings', () => {
  const listings = allModules().flatMap((mod) =>
    pythonListings(mod.body).map((listing) => ({ at: `${mod.file}:${mod.bodyLine + listing.line - 1}`, code: listing.code, fence: mod.bodyLine + listing.line - 1 })),
  );

  it('every listing parses with python3 ast.parse', () => {
    const results = parsePython(listings.map((l) => l.code));
    const failures = results.flatMap((error, i) => {
      const listing = listings[i];
      return error && listing ? [`${listing.at}: listing does not parse: line ${listing.fence + error.line}: ${error.message}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('reports a broken listing with its line', () => {
    expect(parsePython(['x = 1', 'def f(:\n  pass'])).toEqual([null, { line: 1, message: expect.any(String) }]);
  });
});
