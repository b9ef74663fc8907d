import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../../../shared/model/document';
import { describeDraftDamage } from '../../../shared/model/draftDamage';
import { DamagedRecordError } from '../../db/rowSums/recordDamage';
import { damagedRecords } from '../../db/rowSums/damagedRecords';
import { openDatabase } from '../../db/open';
import { tamperRows } from '../../testing/tamper';
import { makeTestContext } from '../../testing/testContext';
import { openTestSession } from '../../testing/storeSessionKit';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';

const MINUTE = 60_000;
const withParagraph = (letter: LetterDocument, text: string): LetterDocument => ({
  ...letter,
  blocks: [...letter.blocks, { role: 'body', inlines: [{ t: 'text', text }] }],
});
const time = (iso: string) => iso.slice(11, 16);

/** The example letter imported, checkpointed, then added to and saved, as a clerk's working day goes. */
async function workedDraft(handlers: ReturnType<typeof makeTestContext>['handlers'], advance: (ms: number) => void) {
  const imported = await handlers['drafts.import']({ fileName: '011号提案答复.txt', text: liuzhou2023Letter });
  const checkpoint = await handlers['revisions.checkpoint']({ draftId: imported.id, note: '初稿' });
  advance(20 * MINUTE);
  const added = withParagraph(imported.content, '下一步，我们将继续加大质量基础设施建设力度。');
  const saved = await handlers['drafts.save']({
    draftId: imported.id,
    base: { revisionId: checkpoint.id, seq: imported.base.seq },
    content: added,
    fields: imported.fields,
  });
  if (saved.status !== 'saved') throw new Error('save diverged');
  return { draftId: imported.id, checkpoint, imported, added, savedAt: saved.savedAt };
}

describe('a draft whose working copy is damaged on disk', () => {
  it('opens read-only from its newest revision that passes its hash, saying what was lost and since when', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const { draftId, checkpoint, imported, savedAt } = await workedDraft(handlers, advance);
    const lastSaved = await handlers['drafts.get']({ draftId });
    tamperRows(ctx.db, 'drafts', "content = replace(content, '质量', '质最')", 'id = ?', draftId);

    const shown = await handlers['drafts.get']({ draftId });
    expect(shown.id).toBe(draftId);
    expect(shown.content).toEqual(imported.content);
    expect(shown.damage).toMatchObject({
      parts: ['正文'],
      textLost: true,
      shown: { from: 'revision', revisionId: checkpoint.id, time: checkpoint.time },
      lastSaved: { time: savedAt, chars: lastSaved.chars },
      backup: null,
    });
    const notice = describeDraftDamage(shown.damage!, time).join('\n');
    expect(notice).toContain(`最近一个完好的版本：${time(checkpoint.time)} 保存，共 ${imported.chars.toLocaleString('zh-CN')} 字`);
    expect(notice).toContain(
      `损坏前最后一次保存在 ${time(savedAt)}，共 ${lastSaved.chars.toLocaleString('zh-CN')} 字（比这个版本多 ${(lastSaved.chars - imported.chars).toLocaleString('zh-CN')} 字）`,
    );
    expect(notice).toContain('在您选择怎么处理之前，程序不会改动这份草稿');
    expect((await handlers['drafts.list']({})).find((draft) => draft.id === draftId)).toMatchObject({ damaged: true });
  });

  it('says it cannot tell how much was lost when the saved size is damaged too', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const { draftId } = await workedDraft(handlers, advance);
    tamperRows(ctx.db, 'drafts', "content = replace(content, '质量', '质最'), chars = chars + 7", 'id = ?', draftId);
    const shown = await handlers['drafts.get']({ draftId });
    expect(shown.damage?.lastSaved.chars).toBeNull();
    expect(describeDraftDamage(shown.damage!, time).join('\n')).toContain('当时的字数也已损坏，无法得知丢了多少字');
  });

  it('is not exported, printed or packed: each names the damage instead of writing a wrong letter', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const { draftId } = await workedDraft(handlers, advance);
    tamperRows(ctx.db, 'drafts', "content = replace(content, '质量', '质最')", 'id = ?', draftId);
    const attempts: (() => unknown)[] = [
      () => handlers['drafts.exportText']({ draftId }),
      () => handlers['drafts.exportDocx']({ draftId }),
      () => handlers['print.render']({ draftId }),
      () => handlers['package.export']({ draftId }),
    ];
    for (const attempt of attempts) {
      const error = await Promise.resolve()
        .then(attempt)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DamagedRecordError);
      expect((error as Error).message).toMatch(/草稿《.*》的正文/);
    }
  });

  it('is listed as damaged also when the list reads years of drafts in one pass', async () => {
    const { ctx, handlers } = makeTestContext();
    const drafts: { id: string }[] = [];
    for (let n = 0; n < 70; n++) drafts.push(await handlers['drafts.create']({ templateId: 'zhengxie-lead' }));
    tamperRows(ctx.db, 'drafts', "title = '被改过的标题'", 'id = ?', drafts[30].id);

    const listed = await handlers['drafts.list']({});
    expect(listed).toHaveLength(70);
    expect(listed.filter((draft) => draft.damaged).map((draft) => draft.id)).toEqual([drafts[30].id]);
    expect(listed.find((draft) => draft.id === drafts[30].id)?.title).toBe('（已损坏的草稿）');
  });

  it('is written to by nothing until the clerk decides: saving, closing and listing leave the damage as it is', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const { draftId, added, checkpoint } = await workedDraft(handlers, advance);
    tamperRows(ctx.db, 'drafts', "content = replace(content, '质量', '质最')", 'id = ?', draftId);
    const before = ctx.db.prepare('SELECT * FROM drafts WHERE id = ?').get(draftId);
    await expect(
      Promise.resolve().then(() => handlers['drafts.save']({ draftId, base: { revisionId: checkpoint.id, seq: 99 }, content: added, fields: {} })),
    ).rejects.toThrow(DamagedRecordError);
    expect(await handlers['drafts.close']({ draftId })).toEqual({ revisionId: null });
    await handlers['drafts.get']({ draftId });
    await handlers['drafts.list']({});
    expect(ctx.db.prepare('SELECT * FROM drafts WHERE id = ?').get(draftId)).toEqual(before);
  });

  it('is written on from the shown revision when the clerk chooses so, and then edits and exports as before', async () => {
    const { ctx, handlers, advance } = makeTestContext();
    const { draftId, imported, checkpoint } = await workedDraft(handlers, advance);
    tamperRows(ctx.db, 'drafts', "content = replace(content, '质量', '质最')", 'id = ?', draftId);
    const recovered = await handlers['drafts.recover']({ draftId, source: { kind: 'shown', revisionId: checkpoint.id } });
    expect(recovered.damage).toBeUndefined();
    expect(recovered.content).toEqual(imported.content);
    expect(recovered.base.revisionId).toBe(checkpoint.id);
    expect(damagedRecords(ctx.db)).toEqual([]);
    const saved = await handlers['drafts.save']({
      draftId,
      base: recovered.base,
      content: withParagraph(recovered.content, '特此说明。'),
      fields: recovered.fields,
    });
    expect(saved.status).toBe('saved');
    expect((await handlers['drafts.exportText']({ draftId })).text).toContain('特此说明。');
  });
});

describe('recovering one damaged draft from a backup', () => {
  it('brings back the text lost since the last revision, and no other draft is rolled back', async () => {
    const { file, handlers, advance, close, now } = openTestSession();
    const h = handlers();
    const { draftId, added } = await workedDraft(h, advance);
    const other = await h['drafts.create']({ templateId: 'zhengxie-lead' });
    const backup = await h['backups.create']({});
    advance(30 * MINUTE);
    const later = withParagraph(other.content, '备份之后写进另一份草稿的话。');
    await h['drafts.save']({ draftId: other.id, base: other.base, content: later, fields: other.fields });
    close();

    const db = openDatabase(file);
    tamperRows(db, 'drafts', "content = replace(content, '质量', '质最')", 'id = ?', draftId);
    db.close();

    const reopened = openTestSession(file, new Date(now().getTime() + 60 * MINUTE));
    const shown = await reopened.handlers()['drafts.get']({ draftId });
    expect(shown.damage?.backup).toMatchObject({ name: backup.name });
    const recovered = await reopened.handlers()['drafts.recover']({ draftId, source: { kind: 'backup', name: backup.name } });
    expect(recovered.damage).toBeUndefined();
    expect(recovered.content).toEqual(added);
    expect((await reopened.handlers()['drafts.get']({ draftId: other.id })).content).toEqual(later);
    const history = await reopened.handlers()['revisions.list']({ draftId });
    expect(history.at(-1)).toMatchObject({ kind: 'restore', note: expect.stringContaining('备份的内容恢复') });
    expect((await reopened.handlers()['backups.list']({})).map((entry) => entry.reason)).toContain('damaged');
    reopened.close();
  });
});
