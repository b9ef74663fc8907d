import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportLetterDocx } from '../../shared/docx/exportDocx';
import { fuzzOnce } from '../../shared/docx/fixtures/docxMutations';
import { sampleLetter } from '../../shared/docx/fixtures/sampleLetter';

const CASES = Number(process.env.DAFU_DOCX_FUZZ_CASES ?? 3000);

describe('fuzzing .docx import', () => {
  it(`reads or refuses ${CASES} mutated files without a crash or a hang`, async () => {
    const original = await exportLetterDocx(sampleLetter);
    const documentXml = await (await JSZip.loadAsync(original)).file('word/document.xml')!.async('string');
    const outcomes = { read: 0, refused: 0 };
    let slowest = 0;
    for (let seed = 1; seed <= CASES; seed += 1) {
      const started = performance.now();
      outcomes[await fuzzOnce(original, documentXml, seed)] += 1;
      slowest = Math.max(slowest, performance.now() - started);
    }
    // a hang fails this test by the stress config's timeout; the slowest case is reported for the record
    console.log(`docx fuzz: ${CASES} cases, ${outcomes.read} read, ${outcomes.refused} refused, slowest ${slowest.toFixed(0)} ms`);
    expect(outcomes.read + outcomes.refused).toBe(CASES);
  });
});
