import { describe, expect, it } from 'vitest';
import { fuzzClipboardOnce } from './fixtures/clipboardFuzz';

/** A short sample of clipboard.stress.ts; HTML strings through DOMPurify are fuzzed in Chromium by e2e/paste.spec.ts. */
describe('mutated clipboard HTML', () => {
  it('always maps to valid letter paragraphs', () => {
    let blocks = 0;
    for (let seed = 1; seed <= 300; seed += 1) blocks += fuzzClipboardOnce(seed);
    expect(blocks).toBeGreaterThan(0);
  });
});
