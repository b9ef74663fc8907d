import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import { Uuid } from '../../../shared/model/draft';
import type { CallOutput } from '../../../shared/api/contract';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp } from './sharedOptions';

const UTF8_BOM = '\ufeff';

function checkTarget(file: string): void {
  if (!existsSync(dirname(file) || '.')) throw new UsageError(`要保存到的文件夹不存在：${dirname(file)}`);
}

export const exportCommand: Command = {
  name: 'export',
  summary: '把一份草稿导出为按 GB/T 9704 排版的 Word 文档（.docx）或纯文本（.txt）',
  usage: 'dafu export <草稿编号> --docx OUT.docx [--tracked-against 版本编号] [--txt OUT.txt] [--db FILE]',
  options: { docx: { type: 'string' }, 'tracked-against': { type: 'string' }, txt: { type: 'string' }, ...dbOption },
  allowPositionals: true,
  optionHelp: [
    ['--docx FILE', '保存为 Word 文档（.docx）'],
    ['--tracked-against REV', '导出修订稿：与版本 REV 相比的每处修改都以 Word/WPS 的修订标记写入，注明修改人和时间（用 dafu history 查版本编号）'],
    ['--txt FILE', '保存为纯文本（.txt，UTF-8，Windows 记事本可直接打开）'],
    dbOptionHelp,
  ],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个草稿编号（dafu export <草稿编号> --docx OUT.docx）。');
    const [draftId] = positionals;
    if (!Uuid.safeParse(draftId).success) throw new UsageError(`“${draftId}”不是草稿编号。草稿编号形如 5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d。`);
    const docx = values.docx as string | undefined;
    const txt = values.txt as string | undefined;
    if (!docx && !txt) throw new UsageError('请用 --docx 或 --txt 指定要保存的文件。');
    const against = values['tracked-against'] as string | undefined;
    if (against !== undefined && !docx) throw new UsageError('修订稿是 Word 文档：请同时用 --docx 指定要保存的文件。');
    if (against !== undefined && !Uuid.safeParse(against).success)
      throw new UsageError(`“${against}”不是版本编号。用 dafu history ${draftId} 查看各版本的编号。`);
    [docx, txt].forEach((file) => file && checkTarget(file));
    const database = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(database)) throw new UsageError(`找不到数据库文件：${database}`);
    const services = startCliServices(database);
    try {
      if (docx && against) {
        const result = await services.dispatch('drafts.exportTrackedDocx', { draftId, against });
        if (!result.ok) throw new Error(result.error.message);
        const { data, changes } = result.value as CallOutput<'drafts.exportTrackedDocx'>;
        writeFileSync(docx, Buffer.from(data, 'base64'));
        io.out(`已导出修订稿（${changes} 处修改）：${docx}`);
      } else if (docx) {
        const result = await services.dispatch('drafts.exportDocx', { draftId });
        if (!result.ok) throw new Error(result.error.message);
        writeFileSync(docx, Buffer.from((result.value as CallOutput<'drafts.exportDocx'>).data, 'base64'));
        io.out(`已导出 Word 文档：${docx}`);
      }
      if (txt) {
        const result = await services.dispatch('drafts.exportText', { draftId });
        if (!result.ok) throw new Error(result.error.message);
        writeFileSync(txt, UTF8_BOM + (result.value as CallOutput<'drafts.exportText'>).text, 'utf8');
        io.out(`已导出文本：${txt}`);
      }
      return 0;
    } finally {
      services.close();
    }
  },
};
