import { describe, expect, it } from 'vitest';
import { isAncestor } from './revisionGraph';

// r1 ← r2 ← r3, r1 ← r4, and r5 merging r3 and r4.
const parents = new Map([
  ['r2', ['r1']],
  ['r3', ['r2']],
  ['r4', ['r1']],
  ['r5', ['r3', 'r4']],
]);

describe('ancestry in a revision graph', () => {
  it('finds a revision among the ancestors of its descendants, through either parent of a merge', () => {
    expect(isAncestor(parents, 'r1', 'r5')).toBe(true);
    expect(isAncestor(parents, 'r4', 'r5')).toBe(true);
    expect(isAncestor(parents, 'r3', 'r3')).toBe(true);
  });

  it('does not find a revision of a parallel line, a descendant or one it does not know', () => {
    expect(isAncestor(parents, 'r4', 'r3')).toBe(false);
    expect(isAncestor(parents, 'r5', 'r1')).toBe(false);
    expect(isAncestor(parents, 'new', 'r5')).toBe(false);
  });
});
