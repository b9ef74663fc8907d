import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import { decodeText } from '../../../shared/structure/decodeText';
import { MAX_DOCX_BYTES } from '../../../shared/api/docxLimits';
import { tooLargeMessage } from '../../../shared/upload/uploadLimits';
import type { CallOutput } from '../../../shared/api/contract';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';

const MAX_BYTES = 4 * 1024 * 1024;

function readLetter(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`找不到文件“${file}”，请检查文件名和路径。`);
  if (statSync(file).size > MAX_BYTES) throw new UsageError(`“${file}”太大，不像一封答复函，请只导入答复函的文本文件。`);
  const text = decodeText(readFileSync(file));
  if (text === null) throw new UsageError(`“${file}”不是文本文件。请在 Word 或 WPS 里“另存为”纯文本（.txt）后再导入。`);
  if (text.trim() === '') throw new UsageError(`“${file}”里没有文字，请选一份写有答复函正文的文件。`);
  return text;
}

function readDocxBase64(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`找不到文件“${file}”，请检查文件名和路径。`);
  if (statSync(file).size > MAX_DOCX_BYTES) {
    throw new UsageError(tooLargeMessage(basename(file), statSync(file).size));
  }
  return readFileSync(file).toString('base64');
}

export const importCommand: Command = {
  name: 'import',
  summary: '把一封 .txt 或 .docx 答复函导入为新草稿，自动识别标题、层次和提案号等信息',
  usage: 'dafu import FILE [--split] [--db FILE] [--json]',
  options: { ...dbOption, ...jsonOption, split: { type: 'boolean' } },
  allowPositionals: true,
  optionHelp: [['--split', '文字太多、一份草稿放不下时，按原来的顺序分成几份草稿导入（只用于 .txt）'], dbOptionHelp, jsonOptionHelp],
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('请给出一个要导入的文件（dafu import FILE）。');
    const [file] = positionals;
    const isDocx = extname(file).toLowerCase() === '.docx';
    if (isDocx && values.split) throw new UsageError('--split 只用于 .txt 文件；Word 文件请在 Word 里分成几份后再导入。');
    const input = isDocx
      ? { fileName: basename(file), data: readDocxBase64(file) }
      : { fileName: basename(file), text: readLetter(file), ...(values.split ? { split: true } : {}) };
    const database = resolveDatabasePath(values.db as string | undefined);
    if (!existsSync(dirname(database))) throw new UsageError(`数据库所在的文件夹不存在：${dirname(database)}`);
    const services = startCliServices(database);
    try {
      const result = 'data' in input ? await services.dispatch('drafts.importDocx', input) : await services.dispatch('drafts.import', input);
      if (!result.ok) throw new Error(result.error.message);
      const draft = result.value as CallOutput<'drafts.import'>;
      const parts = draft.parts ?? [];
      if (values.json) {
        io.out(JSON.stringify({ id: draft.id, fields: draft.fields, warnings: draft.warnings, ...(parts.length > 1 ? { parts } : {}) }));
      } else if (parts.length > 1) {
        io.out(`已分成 ${parts.length} 份导入：`);
        for (const [index, part] of parts.entries()) io.out(`第 ${index + 1} 份：${part.title}  ${part.id}`);
      } else {
        io.out(`已导入：${draft.title}`);
        for (const warning of draft.warnings) io.out(`请核对：${warning}`);
        io.out(draft.id);
      }
      return 0;
    } finally {
      services.close();
    }
  },
};
