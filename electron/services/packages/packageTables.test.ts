import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { NEWER_PACKAGE, PackageRefused, readManifest, WITH_TABLES } from '../../../shared/review/packageFormat';
import { carry, drafterAndReviewer, dump, typeParagraph, type ReviewPc } from '../../testing/reviewTestKit';
import { fundsTable } from '../../../shared/model/fixtures/sampleTables';

async function draftWithTable(pc: ReviewPc) {
  const draft = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const saved = await pc.handlers['drafts.save']({
    draftId: draft.id,
    base: draft.base,
    content: { ...draft.content, blocks: [...draft.content.blocks, fundsTable()] },
    fields: draft.fields,
  });
  if (saved.status !== 'saved') throw new Error('save diverged');
  return draft.id;
}

async function manifestOf(data: string) {
  const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
  return zip.file('manifest.json')!.async('string');
}

/** What a client from before tables understood: format 3, and paragraphs only. */
const BEFORE_TABLES = 3;

describe('a letter with a table in a package', () => {
  it('travels whole to a PC that knows tables', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const draftId = await draftWithTable(drafter);
    await carry(drafter, reviewer, draftId);
    const there = await reviewer.handlers['drafts.get']({ draftId });
    expect(there.content.blocks.at(-1)).toEqual(fundsTable());
  });

  it('is refused by a client from before tables with a message to upgrade, before anything is read', async () => {
    const { drafter } = drafterAndReviewer();
    const draftId = await draftWithTable(drafter);
    drafter.unlock();
    const { data } = await drafter.handlers['package.export']({ draftId });
    const manifest = await manifestOf(data);
    expect(JSON.parse(manifest).formatVersion).toBe(WITH_TABLES);
    const before = dump(drafter.ctx.db);
    expect(() => readManifest(manifest, 999, BEFORE_TABLES)).toThrow(new PackageRefused(NEWER_PACKAGE));
    expect(dump(drafter.ctx.db)).toEqual(before);
  });

  it('leaves a letter without a table in the format older clients read', async () => {
    const { drafter } = drafterAndReviewer();
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(drafter, draft.id, '资金已全部拨付。');
    drafter.unlock();
    const { data } = await drafter.handlers['package.export']({ draftId: draft.id });
    const manifest = await manifestOf(data);
    expect(readManifest(manifest, 999, BEFORE_TABLES).formatVersion).toBe(BEFORE_TABLES);
  });
});
