import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeChanges } from '../../shared/docx/trackedAuthors';
import { trackedParagraphs } from '../../shared/docx/trackedChanges';
import { exportTrackedDocx } from '../../shared/docx/exportTrackedDocx';
import { offeredSuggestions as offered } from '../../shared/docx/fixtures/offeredSuggestions';
import { trackedChain, trackedLetterB } from '../../shared/docx/fixtures/trackedLetters';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.warn('跳过 LibreOffice 修订检查：本机没有 soffice（npm test 会用 apt 安装 libreoffice-writer-nogui）。');

/** The file as LibreOffice opens it and saves it again as .docx (what a reviewer without Word does). */
function resavedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-lo-tracked-'));
  const file = join(dir, '修订稿.docx');
  writeFileSync(file, bytes);
  const out = join(dir, 'out');
  mkdirSync(out);
  // A profile of its own, so parallel runs never share LibreOffice's lock.
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'docx', '--outdir', out, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return new Uint8Array(readFileSync(join(out, '修订稿.docx')));
}

describe.skipIf(!soffice)('a 修订稿 opened and saved again by LibreOffice', () => {
  it('keeps every tracked change with its author: insertions, deletions, the move, the field, the heading level and bold', async () => {
    const { paragraphs } = trackedParagraphs(trackedChain[0], trackedChain[2], attributeChanges(trackedChain));
    const exported = await exportTrackedDocx(trackedLetterB, paragraphs);
    const resaved = resavedByLibreOffice(exported);
    expect(await offered(resaved)).toEqual(await offered(exported));
    expect(await offered(resaved)).toEqual([
      'field 12→13 张主任',
      'replace 12→13 张主任',
      'format 一级标题→二级标题 张主任',
      'replace 高度→非常 李科长',
      'replace 进行→组织 张主任',
      'delete 这一段将被整段删除，不再保留。→ 张主任',
      'bold 最后一段内容保持不变。→最后一段内容保持不变。 张主任',
      'move 这一段会被移到后面去。→这一段会被移到后面去。 张主任',
      'insert →新增加的一段话。 张主任',
    ]);
  }, 150_000);
});
