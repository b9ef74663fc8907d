import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CASE_FACTS } from '../../../shared/cases/fixtures/caseFacts';
import { NEWER_PACKAGE, PACKAGE_FORMAT_VERSION, PackageRefused, readManifest, WITH_TABLES } from '../../../shared/review/packageFormat';
import { carry, drafterAndReviewer } from '../../testing/reviewTestKit';

const manifestOf = async (data: string) => (await JSZip.loadAsync(Buffer.from(data, 'base64'))).file('manifest.json')!.async('string');

describe('a joint proposal’s case in a package', () => {
  it('brings its 附议人 to the other PC, and an app from before them is told to upgrade', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const { case: joint } = await drafter.handlers['cases.save']({ facts: { ...SAMPLE_CASE_FACTS, coProposers: ['张华委员', '赵强委员'] } });
    const { draftId } = await drafter.handlers['cases.createReply']({ caseId: joint.id });
    const { data } = await carry(drafter, reviewer, draftId);
    expect((await reviewer.handlers['cases.get']({ caseId: joint.id })).facts.coProposers).toEqual(['张华委员', '赵强委员']);

    const manifest = await manifestOf(data);
    expect(JSON.parse(manifest).formatVersion).toBe(PACKAGE_FORMAT_VERSION);
    expect(() => readManifest(manifest, 999, WITH_TABLES)).toThrow(new PackageRefused(NEWER_PACKAGE));
  });
});
