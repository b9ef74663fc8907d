import { describe, expect, it } from 'vitest';
import { fuzzClipboardOnce } from './fixtures/clipboardFuzz';

const CASES = 20_000;

describe('fuzzing the clipboard mapping', () => {
  it(`maps ${CASES} random clipboard trees to valid paragraphs`, () => {
    let blocks = 0;
    for (let seed = 1; seed <= CASES; seed += 1) blocks += fuzzClipboardOnce(seed);
    console.log(`clipboard fuzz: ${CASES} cases, ${blocks} paragraphs`);
    expect(blocks).toBeGreaterThan(0);
  });
});
