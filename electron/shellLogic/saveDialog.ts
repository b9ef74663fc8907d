import { extname, join } from 'node:path';
import { own } from '../../shared/lookup/own';

/** What each kind of file the app hands out is called in the save dialog's type list. */
const FILE_KINDS: Record<string, string> = {
  pdf: 'PDF 文件',
  docx: 'Word 文档',
  txt: '文本文件',
  dafu: '答复函草稿包',
  json: '设置文件',
  sqlite3: '答复函数据备份',
};

export interface SaveDialogSpec {
  title: string;
  buttonLabel: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/**
 * The native save dialog for a file the page hands out (export, PDF, package, backup copy): in
 * Chinese, opening in the Documents folder with the suggested name, offering the file's own type.
 */
export function saveDialogFor(fileName: string, documentsDir: string): SaveDialogSpec {
  const extension = extname(fileName).slice(1).toLowerCase();
  const kind = own(FILE_KINDS, extension);
  return {
    title: '保存到',
    buttonLabel: '保存',
    defaultPath: join(documentsDir, fileName),
    filters: [...(kind ? [{ name: kind, extensions: [extension] }] : []), { name: '所有文件', extensions: ['*'] }],
  };
}
