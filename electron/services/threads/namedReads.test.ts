import { describe, expect, it } from 'vitest';
import { docxFile, wordParagraph } from '../../testing/hostile/officeFiles';
import { packageOf, samplePayload } from '../../testing/hostile/packageBuilder';
import { packageStore, tablesHash } from '../../testing/hostile/packageImportRun';
import { readCancelled } from '../cases/sheets/sheetLimits';
import { PACKAGE_READ_STOPPED } from '../packages/packageThread';

const letter = () => docxFile({ body: [{ data: wordParagraph('关于柳州螺蛳粉产业发展的答复') + wordParagraph('柳州螺蛳粉全产业链销售收入超600亿元。') }] });

describe('停止读取: a read the clerk stops while a file is read', () => {
  it('stops a Word file and a .dafu package on the service side, stores nothing, and says so', async () => {
    const store = packageStore();
    const before = tablesHash(store.db);
    const call = store.handlers;

    const word = call['drafts.importDocx']({ fileName: '修改稿.docx', data: letter().toString('base64'), requestId: '7d0e3a52-1c1f-4a36-9c7e-2f1b8a6d5e01' });
    expect(call['uploads.stopRead']({ requestId: '7d0e3a52-1c1f-4a36-9c7e-2f1b8a6d5e01' })).toEqual({ stopped: true });
    await expect(word).rejects.toThrow(readCancelled('修改稿.docx'));

    const bytes = await packageOf(samplePayload({ seed: 4, revisions: 30, replies: 30 }));
    const requestId = '1f5b7c9d-2e4a-4b6c-8d0e-3a5c7e9b1d24';
    const imported = store.importPackage(bytes, requestId);
    expect(call['uploads.stopRead']({ requestId })).toEqual({ stopped: true });
    expect(await imported).toMatchObject({ ok: false, error: { code: 'conflict', message: PACKAGE_READ_STOPPED } });

    expect(tablesHash(store.db)).toBe(before);
    expect(store.internalErrors).toEqual([]);
  });

  it('stops a read asked to stop while its file was still on its way, as soon as it begins', async () => {
    const store = packageStore();
    const before = tablesHash(store.db);
    const requestId = '8e3f1a27-4c5d-4b6e-9f70-1a2b3c4d5e6f';
    expect(store.handlers['uploads.stopRead']({ requestId })).toEqual({ stopped: false });
    const imported = await store.importPackage(await packageOf(samplePayload({ seed: 8 })), requestId);
    expect(imported).toMatchObject({ ok: false, error: { code: 'conflict', message: PACKAGE_READ_STOPPED } });
    expect(tablesHash(store.db)).toBe(before);
  });

  it('lets a read it was not asked to stop finish, and says when there was nothing left to stop', async () => {
    const store = packageStore();
    const requestId = '5c2e8a14-7b3d-4e9f-a1c6-0d8b2f4e6a35';
    const imported = await store.importPackage(await packageOf(samplePayload({ seed: 6 })), requestId);
    expect(imported).toMatchObject({ ok: true, value: { created: true } });
    expect(store.handlers['uploads.stopRead']({ requestId })).toEqual({ stopped: false });
  });
});
