import type * as Zlib from 'node:zlib';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { readSnapshot } from './graph/revisionStore';
import { verifyRevisions } from './storeCheck';
import { appendAutoRevisions } from '../../testing/revisionChain';
import { makeTestContext } from '../../testing/testContext';
import { tamperRows } from '../../testing/tamper';

vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof Zlib>();
  return { ...actual, brotliDecompressSync: vi.fn(actual.brotliDecompressSync) };
});

describe('proving every revision (dafu check)', () => {
  it('rebuilds each delta once and names damage exactly as opening each revision names it', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const ids = appendAutoRevisions(
      ctx.db,
      draft.id,
      Array.from({ length: 12 }, () => ctx.now().toISOString()),
      7,
      300,
    );
    const stored = ctx.db.prepare("SELECT count(*) FROM revisions WHERE encoding IN ('json+br', 'delta+br')").pluck().get();
    vi.mocked(brotliDecompressSync).mockClear();
    expect(verifyRevisions(ctx.db)).toEqual({ checked: 13, damaged: [] });
    expect(stored).toBe(13);
    expect(brotliDecompressSync).toHaveBeenCalledTimes(13);

    // A bad sector under one delta in the middle of the chain: it and every revision stored against it fail.
    const victim = ctx.db
      .prepare("SELECT id FROM revisions WHERE encoding = 'delta+br' AND id IN (SELECT base_id FROM revisions) ORDER BY depth LIMIT 1")
      .pluck()
      .get() as string;
    tamperRows(ctx.db, 'revisions', 'body = zeroblob(12)', 'id = ?', victim);
    const asOpened = [draft.base.revisionId, ...ids].flatMap((id) => {
      try {
        readSnapshot(ctx.db, id);
        return [];
      } catch (error) {
        return [{ revisionId: id, draftId: draft.id, message: (error as Error).message }];
      }
    });
    expect(asOpened.length).toBeGreaterThan(1);
    expect(asOpened.filter((found) => found.message.includes(`它所依据的版本 ${victim} 已损坏`)).length).toBe(asOpened.length - 1);
    expect(verifyRevisions(ctx.db)).toEqual({ checked: 13, damaged: asOpened });
  });
});
