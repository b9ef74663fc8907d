import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportLetterDocx } from './exportDocx';
import { fuzzOnce } from './fixtures/docxMutations';
import { sampleLetter } from './fixtures/sampleLetter';

const SAMPLE = 30;

/** A short sample of the fuzzing in docx.stress.ts (npm run stress runs thousands of cases). */
describe('mutated .docx files', () => {
  it('either read into a valid letter or are refused with a Chinese message, never crash', async () => {
    const original = await exportLetterDocx(sampleLetter);
    const documentXml = await (await JSZip.loadAsync(original)).file('word/document.xml')!.async('string');
    const outcomes = { read: 0, refused: 0 };
    for (let seed = 1; seed <= SAMPLE; seed += 1) outcomes[await fuzzOnce(original, documentXml, seed)] += 1;
    expect(outcomes.read + outcomes.refused).toBe(SAMPLE);
    expect(outcomes.read).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
