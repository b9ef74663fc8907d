import type { CallOutput } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { uploadFile } from '../../api/uploadFile';
import { fromBase64 } from '../../components/base64';
import { saveFile } from '../../components/saveFile';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_ACCEPT = `.docx,${DOCX_TYPE}`;

export type Progress = (label: string, fraction?: number) => void;

export function isDocx(file: File): boolean {
  return /\.docx$/i.test(file.name) || file.type === DOCX_TYPE;
}

/** Sends the file in pieces with progress, then waits while the services read it. */
async function docxUpload(file: File, progress: Progress): Promise<string> {
  const token = await uploadFile(file, 'docx', (fraction) => progress(`正在读取「${file.name}」`, fraction));
  progress(`正在识别「${file.name}」的结构`);
  return token;
}

/** `requestId` names the read, so that uploads.stopRead can stop it (see useStoppableRead). The file's 修订 wait to be reviewed. */
export async function importWordDraft(file: File, progress: Progress, requestId: string): Promise<CallOutput<'drafts.importDocx'>> {
  return call('drafts.importDocx', { fileName: file.name, upload: await docxUpload(file, progress), requestId, tracked: 'review' });
}

export async function importWordRevision(draftId: string, file: File, progress: Progress, requestId: string): Promise<CallOutput<'revisions.importDocx'>> {
  return call('revisions.importDocx', { draftId, fileName: file.name, upload: await docxUpload(file, progress), requestId });
}

export async function downloadWord(draftId: string): Promise<string> {
  const { fileName, data } = await call('drafts.exportDocx', { draftId });
  saveFile(fileName, fromBase64(data) as BlobPart, DOCX_TYPE);
  return fileName;
}

/** 导出修订稿: `revisionId` (the text being edited when absent) with Word's 修订 marks against `against`. */
export async function downloadTrackedWord(draftId: string, against: string, revisionId?: string): Promise<string> {
  const { fileName, data } = await call('drafts.exportTrackedDocx', { draftId, against, ...(revisionId ? { revisionId } : {}) });
  saveFile(fileName, fromBase64(data) as BlobPart, DOCX_TYPE);
  return fileName;
}

/** Plain text with a byte-order mark and Windows line ends, so Notepad on any Chinese Windows reads it right. */
export async function downloadText(draftId: string): Promise<string> {
  const { fileName, text } = await call('drafts.exportText', { draftId });
  saveFile(fileName, `\ufeff${text}`, 'text/plain;charset=utf-8');
  return fileName;
}
