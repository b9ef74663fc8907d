import { describe, expect, it } from 'vitest';
import { fuzzBoundary } from './boundaryFuzz';

describe('malformed payloads at the contract boundary', () => {
  it('3,000 per call: typed errors only, nothing logged, the database file unchanged', async () => {
    const report = await fuzzBoundary(3000, 20261127);
    console.log(
      `boundary fuzz: ${report.calls} calls, ${report.sent} malformed payloads sent, ${report.skippedValid} valid ones skipped, ${report.failures.length} failures`,
    );
    expect(report.failures).toEqual([]);
  });
});
