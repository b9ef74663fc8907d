import type { CallOutput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { decodeText } from '../../../shared/structure/decodeText';
import { call } from '../../api/client';

export const TEXT_FILE_LIMIT = 5 * 1024 * 1024;

/** A .txt letter (UTF-8, GB18030 or UTF-16, as Windows Notepad saves them) becomes a new, structured draft. */
export async function importTextFile(file: File, split = false): Promise<CallOutput<'drafts.import'>> {
  if (file.size > TEXT_FILE_LIMIT) throw new ApiError('invalid_input', `「${file.name}」太大（超过 5 MB），不像是一封答复函。`);
  const text = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (text === null) throw new ApiError('invalid_input', `读不出「${file.name}」的文字：它可能不是文本文件。Word 文件请用「导入 Word」。`);
  return call('drafts.import', { fileName: file.name, text, ...(split ? { split } : {}) });
}

export const TEXT_ACCEPT = '.txt,text/plain';

export function isTextFile(file: File): boolean {
  return /\.txt$/i.test(file.name) || file.type === 'text/plain';
}
