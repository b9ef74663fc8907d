import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportLetterDocx } from '../../../shared/docx/exportDocx';
import { sampleLetter } from '../../../shared/docx/fixtures/sampleLetter';
import { MAX_UPLOAD_BYTES, UPLOAD_CHUNK_BYTES } from '../../../shared/upload/uploadLimits';
import { createDispatch } from '../../app/dispatch';
import { makeTestContext } from '../../testing/testContext';
import { ABANDONED_AFTER_MS } from './uploads';

/** A letter carrying a scanned page: an incompressible image part of `imageBytes`, stored as Word stores images. */
async function scannedDocx(imageBytes: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await exportLetterDocx(sampleLetter));
  zip.file('word/media/scan1.png', randomBytes(imageBytes), { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const pieces = (bytes: Buffer) =>
  Array.from({ length: Math.ceil(bytes.length / UPLOAD_CHUNK_BYTES) }, (_, index) =>
    bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES).toString('base64'),
  );

function setUp() {
  const test = makeTestContext();
  const errors: unknown[] = [];
  const dispatch = createDispatch(test.handlers, (error) => errors.push(error));
  return { ...test, dispatch, errors };
}

describe('uploading a large file in pieces', () => {
  it('takes a 9 MB .docx in order, checks it is whole, and hands it once to the import', async () => {
    const { handlers } = setUp();
    const file = await scannedDocx(9 * 1024 * 1024);
    const { token, chunkBytes } = await handlers['uploads.begin']({ fileName: '附扫描件.docx', size: file.length, kind: 'docx' });
    expect(chunkBytes).toBe(UPLOAD_CHUNK_BYTES);
    const received = [];
    for (const [index, data] of pieces(file).entries()) received.push((await handlers['uploads.append']({ token, index, data })).received);
    expect(received).toEqual(pieces(file).map((_, index) => Math.min((index + 1) * UPLOAD_CHUNK_BYTES, file.length)));
    expect(await handlers['uploads.finish']({ token })).toEqual({ size: file.length });
    const draft = await handlers['drafts.importDocx']({ fileName: '附扫描件.docx', upload: token });
    expect(draft.title).toBe('关于对市政协十三届三次会议第011号提案的答复');
    await expect(handlers['drafts.importDocx']({ fileName: '附扫描件.docx', upload: token })).rejects.toThrow('传输已中断或超时');
  });

  it('refuses a piece out of order, drops the upload, and the import that names it stores nothing', async () => {
    const { handlers } = setUp();
    const file = await scannedDocx(5 * 1024 * 1024);
    const [first, second] = pieces(file);
    const { token } = await handlers['uploads.begin']({ fileName: '乱序.docx', size: file.length, kind: 'docx' });
    expect(() => handlers['uploads.append']({ token, index: 1, data: second })).toThrow('第 2 块来得不是时候，应为第 1 块');
    expect(() => handlers['uploads.append']({ token, index: 0, data: first })).toThrow('传输已中断或超时');
    await expect(handlers['drafts.importDocx']({ fileName: '乱序.docx', upload: token })).rejects.toThrow('传输已中断或超时');
    expect(await handlers['drafts.list']({})).toEqual([]);
  });

  it('refuses an unfinished upload, a piece past the announced size and a short piece that is not the last', async () => {
    const { handlers } = setUp();
    const file = await scannedDocx(5 * 1024 * 1024);
    const [first, second] = pieces(file);
    const unfinished = (await handlers['uploads.begin']({ fileName: '半截.docx', size: file.length, kind: 'docx' })).token;
    handlers['uploads.append']({ token: unfinished, index: 0, data: first });
    expect(() => handlers['uploads.finish']({ token: unfinished })).toThrow('文件没有传完');
    await expect(handlers['drafts.importDocx']({ fileName: '半截.docx', upload: unfinished })).rejects.toThrow('传输已中断或超时');

    const small = (await handlers['uploads.begin']({ fileName: '谎报.docx', size: 1000, kind: 'docx' })).token;
    expect(() => handlers['uploads.append']({ token: small, index: 0, data: first })).toThrow('传来的内容比文件大');

    const short = (await handlers['uploads.begin']({ fileName: '短块.docx', size: file.length, kind: 'docx' })).token;
    expect(() => handlers['uploads.append']({ token: short, index: 0, data: second.slice(0, 4000) })).toThrow('分块大小不对');
    expect(await handlers['drafts.list']({})).toEqual([]);
  });

  it('refuses by its announced size a file over 100 MB before any byte travels, in Chinese', async () => {
    const { dispatch, errors } = setUp();
    const result = await dispatch('uploads.begin', { fileName: '整本提案.docx', size: 200 * 1024 * 1024, kind: 'docx' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', details: [expect.stringContaining('超过了 100.0 MB 的上限')] } });
    const oversized = await dispatch('uploads.append', { token: 'a'.repeat(32), index: 0, data: Buffer.alloc(UPLOAD_CHUNK_BYTES + 3).toString('base64') });
    expect(oversized).toMatchObject({ ok: false, error: { code: 'invalid_input', details: [expect.stringContaining('一次传来的内容太多')] } });
    expect(await dispatch('drafts.importDocx', { fileName: '两样.docx', data: 'UEs=', upload: 'a'.repeat(32) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(MAX_UPLOAD_BYTES).toBe(100 * 1024 * 1024);
    expect(errors).toEqual([]);
  });

  it('forgets an upload abandoned half-way once it has been idle for two minutes', async () => {
    const { handlers, advance } = setUp();
    const file = await scannedDocx(5 * 1024 * 1024);
    const [first, second] = pieces(file);
    const { token } = await handlers['uploads.begin']({ fileName: '中断.docx', size: file.length, kind: 'docx' });
    handlers['uploads.append']({ token, index: 0, data: first });
    advance(ABANDONED_AFTER_MS - 1000);
    // still alive while pieces keep coming
    handlers['uploads.append']({ token, index: 1, data: second });
    advance(ABANDONED_AFTER_MS + 1000);
    expect(() => handlers['uploads.finish']({ token })).toThrow('传输已中断或超时');
  });
});
