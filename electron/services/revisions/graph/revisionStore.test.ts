import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../../shared/model/document';
import { editLetter, makeLetter, seededRandom } from '../../../testing/sampleLetters';
import { makeTestContext } from '../../../testing/testContext';
import { insertRevision, listRevisions, MAX_DELTA_CHAIN, readSnapshot, snapshotHash } from './revisionStore';

async function newDraft() {
  const test = makeTestContext();
  const draft = await test.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const save = (content: LetterDocument, parent: string, fields = { proposalNumber: '011' }) =>
    insertRevision(test.ctx.db, {
      draftId: draft.id,
      kind: 'auto',
      parents: [parent],
      author: '王晶',
      time: new Date().toISOString(),
      content,
      fields,
      chars: 0,
    });
  return { ...test, draft, save };
}

const storage = (db: ReturnType<typeof makeTestContext>['ctx']['db'], id: string) =>
  db.prepare('SELECT encoding, depth, base_id AS baseId FROM revisions WHERE id = ?').get(id) as { encoding: string; depth: number; baseId: string | null };

describe('revision storage', () => {
  it('reads back every revision of a long history with two lines exactly as saved, each proving its hash', async () => {
    const { ctx, draft, save } = await newDraft();
    const random = seededRandom(7);
    const saved = new Map<string, LetterDocument>();
    let letter = makeLetter(8000, 3);
    let head = save(letter, draft.base.revisionId).id;
    saved.set(head, letter);
    let fork = head;
    for (let i = 0; i < 130; i++) {
      letter = editLetter(letter, random);
      head = save(letter, head).id;
      saved.set(head, letter);
      if (i === 20) fork = head;
    }
    let parallel = letter;
    for (let i = 0; i < 10; i++) {
      parallel = editLetter(parallel, random, 0.05);
      fork = save(parallel, fork, { proposalNumber: '012' }).id;
      saved.set(fork, parallel);
    }

    for (const revision of listRevisions(ctx.db, draft.id).filter((r) => saved.has(r.id))) {
      const snapshot = readSnapshot(ctx.db, revision.id);
      expect(snapshot.content).toEqual(saved.get(revision.id));
      expect(snapshotHash(snapshot)).toBe(revision.hash);
      expect(storage(ctx.db, revision.id).depth).toBeLessThanOrEqual(MAX_DELTA_CHAIN);
    }
    const encodings = [...saved.keys()].map((id) => storage(ctx.db, id).encoding);
    expect(encodings.filter((e) => e === 'delta+br').length).toBeGreaterThan(120);
    expect(encodings.filter((e) => e === 'json+br').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps characters outside the basic plane intact when an edit falls inside one', async () => {
    const { ctx, draft, save } = await newDraft();
    const paragraph = (name: string): LetterDocument => ({
      version: 1,
      blocks: [{ role: 'body', inlines: [{ t: 'text', text: `提案者${name}同志提出的建议已收悉，经研究现答复如下。` }] }],
    });
    const first = save(paragraph('𠮷'), draft.base.revisionId);
    const second = save(paragraph('𠮾'), first.id);
    expect(storage(ctx.db, second.id).encoding).toBe('delta+br');
    expect(readSnapshot(ctx.db, second.id).content).toEqual(paragraph('𠮾'));
  });

  it('reports a damaged revision by name, and names the damaged base of those stored against it', async () => {
    const { ctx, draft, save } = await newDraft();
    const random = seededRandom(11);
    let letter = makeLetter(3000);
    const ids = [save(letter, draft.base.revisionId).id];
    for (let i = 0; i < 4; i++) {
      letter = editLetter(letter, random);
      ids.push(save(letter, ids.at(-1)!).id);
    }
    const damaged = ids[2];
    expect(storage(ctx.db, damaged).encoding).toBe('delta+br');
    ctx.db.prepare('UPDATE revisions SET body = ? WHERE id = ?').run(brotliCompressSync('[[0,1]]'), damaged);

    expect(() => readSnapshot(ctx.db, damaged)).toThrow(`版本 ${damaged} 已损坏`);
    expect(() => readSnapshot(ctx.db, ids[4])).toThrow(`它所依据的版本 ${damaged} 已损坏`);
    expect(readSnapshot(ctx.db, ids[1]).content).toBeDefined();

    // New work is still saved: against a damaged base it is stored whole.
    const next = save(editLetter(letter, random), ids[4]);
    expect(storage(ctx.db, next.id).encoding).toBe('json+br');
    expect(snapshotHash(readSnapshot(ctx.db, next.id))).toBe(next.hash);
  });

  it('reports a revision whose recorded hash no longer matches its text', async () => {
    const { ctx, draft } = await newDraft();
    ctx.db.prepare("UPDATE revisions SET hash = 'f00d' WHERE id = ?").run(draft.base.revisionId);
    expect(() => readSnapshot(ctx.db, draft.base.revisionId)).toThrow(/已损坏，内容与校验值不符/);
  });
});
