import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { createDispatch } from './dispatch';

function setup() {
  const file = join(mkdtempSync(join(tmpdir(), 'dafu-dispatch-')), 'dafu.sqlite3');
  const test = makeTestContext(file);
  const dispatch = createDispatch(test.handlers, () => {});
  const fileBytes = () => {
    test.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return readFileSync(file);
  };
  return { ...test, dispatch, fileBytes };
}

describe('the dispatch boundary', () => {
  it('answers an unknown call, including prototype names, with a typed error', async () => {
    const { dispatch } = setup();
    for (const name of ['drafts.burn', '__proto__', 'constructor', 'toString', 42, undefined]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
  });

  it('rejects bad input with a Chinese message and leaves the database file byte-for-byte unchanged', async () => {
    const { dispatch, fileBytes } = setup();
    const created = await dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    if (!created.ok) throw new Error('create failed');
    const draft = created.value as { id: string; base: { revisionId: string; seq: number } };
    const before = fileBytes();
    const badInputs: unknown[] = [
      null,
      'text',
      [],
      { draftId: draft.id },
      { draftId: 'not-a-uuid', base: draft.base, content: { version: 1, blocks: [] }, fields: {} },
      { draftId: draft.id, base: draft.base, content: { version: 2, blocks: [] }, fields: {} },
      { draftId: draft.id, base: draft.base, content: { version: 1, blocks: [{ role: 'heading', inlines: [] }] }, fields: {} },
      { draftId: draft.id, base: draft.base, content: { version: 1, blocks: [] }, fields: { x: 5 } },
      { draftId: draft.id, base: draft.base, content: { version: 1, blocks: [] }, fields: {}, extra: true },
      JSON.parse('{"__proto__": {"polluted": true}, "draftId": 1}'),
    ];
    for (const input of badInputs) {
      const result = await dispatch('drafts.save', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(fileBytes().equals(before)).toBe(true);
  });

  it('turns a missing draft into not_found, not a crash', async () => {
    const { dispatch } = setup();
    const result = await dispatch('drafts.get', { draftId: '00000000-0000-4000-8000-000000000000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('hides an unexpected failure behind a plain message and logs it', async () => {
    const logged: unknown[] = [];
    const { handlers } = makeTestContext();
    const dispatch = createDispatch(
      {
        ...handlers,
        'drafts.list': () => {
          throw new Error('disk on fire');
        },
      },
      (e) => logged.push(e),
    );
    const result = await dispatch('drafts.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logged).toHaveLength(1);
  });
});
