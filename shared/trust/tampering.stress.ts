import fc from 'fast-check';
import { describe, it } from 'vitest';
import { tamperingProperty } from './tampering';

describe('a review log changed by hand (long run)', () => {
  it('never verifies', () => {
    fc.assert(tamperingProperty(), { numRuns: 2000 });
  });
});
