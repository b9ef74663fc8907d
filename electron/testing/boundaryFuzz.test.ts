import { describe, expect, it } from 'vitest';
import { fuzzBoundary } from './boundaryFuzz';

describe('malformed payloads at the contract boundary (short sample; npm run stress sends thousands per call)', () => {
  it('every call answers with a typed error, logs nothing unexpected and leaves the file unchanged', async () => {
    const report = await fuzzBoundary(150, 6);
    expect(report.failures).toEqual([]);
    expect(report.sent).toBeGreaterThan(report.calls * 100);
  }, 60_000);
});
