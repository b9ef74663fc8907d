import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LetterDocumentSchema } from '../../../shared/model/document';
import { ApiError } from '../../../shared/api/errors';
import { makeLetter } from '../../testing/sampleLetters';
import { makeTestContext } from '../../testing/testContext';
import { DAMAGED_WORKING_COPY } from './records/workingCopy';

const base = makeLetter(1200, 3);

/** Editor states as a bad disk, a bad build or a hostile file could leave them: each one not a letter. */
const malformed: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.anything({ maxDepth: 3 }),
    fc.string().map((role) => ({ ...base, blocks: base.blocks.map((b, i) => (i === 1 ? { ...b, role } : b)) })),
    fc.anything({ maxDepth: 2 }).map((junk) => ({ ...base, blocks: [...base.blocks, { role: 'body', inlines: [junk] }] })),
    fc.integer({ min: 50, max: 2000 }).map((depth) => {
      let nested: unknown = { t: 'text', text: '深' };
      for (let i = 0; i < depth; i++) nested = { role: 'body', inlines: [nested] };
      return { version: 1, blocks: [nested] };
    }),
    fc.constant({ ...base, blocks: [{ role: 'body', inlines: [{ t: 'text', text: '长'.repeat(1_000_000) }] }] }),
    fc.constantFrom({ ...base, version: 2 }, { ...base, blocks: null }, { ...base, extra: 1 }, JSON.parse('{"__proto__":{"version":1},"blocks":[]}')),
  )
  .filter((state) => !LetterDocumentSchema.safeParse(state).success);

const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

async function draftWithHistory() {
  const test = makeTestContext();
  const draft = await test.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  await test.handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: base, fields: {} });
  const good = await test.handlers['revisions.checkpoint']({ draftId: draft.id, note: '完好' });
  return { ...test, draft, good };
}

describe('malformed stored editor state', () => {
  it('is rejected at save, and the stored letter and its last revision stay as they were', async () => {
    const { handlers, draft, good } = await draftWithHistory();
    const { createDispatch } = await import('../../app/dispatch');
    const dispatch = createDispatch(handlers, () => {
      throw new Error('unexpected failure');
    });
    await fc.assert(
      fc.asyncProperty(malformed, async (content) => {
        const result = await dispatch('drafts.save', { draftId: draft.id, base: { revisionId: good.id, seq: 1 }, content, fields: {} });
        expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }),
      { numRuns: 150, seed: 9 },
    );
    expect((await handlers['drafts.get']({ draftId: draft.id })).content).toEqual(base);
    expect((await handlers['revisions.list']({ draftId: draft.id })).at(-1)?.id).toBe(good.id);
  });

  it('in the working copy, opens as a clear error; the last good revision is kept and can be restored', async () => {
    const { ctx, handlers, draft, good } = await draftWithHistory();
    await fc.assert(
      fc.asyncProperty(malformed, async (content) => {
        try {
          ctx.db.prepare('UPDATE drafts SET content = ? WHERE id = ?').run(JSON.stringify(content) ?? 'null', draft.id);
        } catch {
          return; // the store's own triggers refused to keep it: nothing malformed got in
        }
        await expect(Promise.resolve().then(() => handlers['drafts.get']({ draftId: draft.id }))).rejects.toThrow(DAMAGED_WORKING_COPY);
        expect((await handlers['revisions.get']({ revisionId: good.id })).content).toEqual(base);
      }),
      { numRuns: 60, seed: 10 },
    );
    ctx.db.prepare('UPDATE drafts SET content = ? WHERE id = ?').run(JSON.stringify({ version: 1, blocks: [{ role: '标题' }] }), draft.id);
    await handlers['revisions.restore']({ draftId: draft.id, revisionId: good.id });
    expect((await handlers['drafts.get']({ draftId: draft.id })).content).toEqual(base);
  });

  it('in a revision, reads as a clear error naming it, while the revision before it still reads', async () => {
    const { ctx, handlers, draft, good } = await draftWithHistory();
    const later = await handlers['revisions.checkpoint']({ draftId: draft.id, note: '将被损坏' });
    await fc.assert(
      fc.asyncProperty(malformed, async (content) => {
        // Stored with a matching hash: the bytes are intact, the letter inside is not.
        const text = JSON.stringify({ content, fields: {} }) ?? 'null';
        ctx.db
          .prepare("UPDATE revisions SET encoding = 'json+br', base_id = NULL, depth = 0, body = ?, hash = ? WHERE id = ?")
          .run(brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }), textHash(text), later.id);
        const error = await Promise.resolve()
          .then(() => handlers['revisions.get']({ revisionId: later.id }))
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ApiError);
        expect((error as ApiError).message).toMatch(new RegExp(`版本 ${later.id} 已损坏`));
        expect((await handlers['revisions.get']({ revisionId: good.id })).content).toEqual(base);
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
