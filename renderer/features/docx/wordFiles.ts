import type { CallOutput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { MAX_DOCX_BYTES, describeSize } from '../../../shared/docx/docxLimits';
import { call } from '../../api/client';
import { fromBase64, toBase64 } from '../../components/base64';
import { saveFile } from '../../components/saveFile';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_ACCEPT = `.docx,${DOCX_TYPE}`;

export type Progress = (label: string, fraction?: number) => void;

export function isDocx(file: File): boolean {
  return /\.docx$/i.test(file.name) || file.type === DOCX_TYPE;
}

/** Reads the file in the background with progress; a file over the limit is refused before a byte is read. */
function readWithProgress(file: File, progress: Progress): Promise<Uint8Array> {
  if (file.size > MAX_DOCX_BYTES) {
    return Promise.reject(new ApiError('invalid_input', `「${file.name}」有 ${describeSize(file.size)}，超过了 ${describeSize(MAX_DOCX_BYTES)} 的上限。答复函一般不到 1 MB，请删去文中的大图片后另存再导入。`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => progress(`正在读取「${file.name}」`, event.lengthComputable ? event.loaded / event.total : undefined);
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new ApiError('invalid_input', `读不了「${file.name}」，请确认文件没有被其他程序占用后重试。`));
    reader.readAsArrayBuffer(file);
  });
}

async function docxData(file: File, progress: Progress): Promise<string> {
  const data = toBase64(await readWithProgress(file, progress));
  progress(`正在识别「${file.name}」的结构`);
  return data;
}

export async function importWordDraft(file: File, progress: Progress): Promise<CallOutput<'drafts.importDocx'>> {
  return call('drafts.importDocx', { fileName: file.name, data: await docxData(file, progress) });
}

export async function importWordRevision(draftId: string, file: File, progress: Progress): Promise<CallOutput<'revisions.importDocx'>> {
  return call('revisions.importDocx', { draftId, fileName: file.name, data: await docxData(file, progress) });
}

export async function downloadWord(draftId: string): Promise<string> {
  const { fileName, data } = await call('drafts.exportDocx', { draftId });
  saveFile(fileName, fromBase64(data) as BlobPart, DOCX_TYPE);
  return fileName;
}

/** Plain text with a byte-order mark and Windows line ends, so Notepad on any Chinese Windows reads it right. */
export async function downloadText(draftId: string): Promise<string> {
  const { fileName, text } = await call('drafts.exportText', { draftId });
  saveFile(fileName, `\ufeff${text}`, 'text/plain;charset=utf-8');
  return fileName;
}
