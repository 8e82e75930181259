import { describe, expect, it } from 'vitest';
import { duplicateKeys } from './duplicate-keys';

describe('duplicateKeys', () => {
  it('finds a key given twice in one object, escaped or not', () => {
    expect(duplicateKeys('{"answers":{"q1":"a","q1":"b"}}')).toEqual(['q1']);
    expect(duplicateKeys('{"answers":{"q1":"a","\\u0071\\u0031":"b"}}')).toEqual(['q1']);
  });
  it('ignores equal keys in different objects and strings that look like keys', () => {
    expect(duplicateKeys('{"a":{"q1":1},"b":{"q1":2}}')).toEqual([]);
    expect(duplicateKeys('{"answers":{"q1":["q1","q1"],"q2":"q1","q3":"\\"q1\\""}}')).toEqual([]);
    expect(duplicateKeys('[{"q":1},{"q":2}]')).toEqual([]);
  });
});
