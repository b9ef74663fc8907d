import { describe, expect, it } from 'vitest';
import { findMatches } from './findMatches';

describe('findMatches', () => {
  it('finds every occurrence without overlaps', () => {
    expect(findMatches('质量强市，质量强国', '质量')).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 7 },
    ]);
    expect(findMatches('啊啊啊', '啊啊')).toEqual([{ start: 0, end: 2 }]);
  });

  it('finds nothing for an empty query', () => {
    expect(findMatches('专此答复', '')).toEqual([]);
  });
});
