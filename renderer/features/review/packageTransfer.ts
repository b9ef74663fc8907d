import { call } from '../../api/client';
import { fromBase64, toBase64 } from '../../components/base64';
import { saveFile } from '../../components/saveFile';
import { pickFile } from '../imports/pickFile';
import type { ImportReport } from '../../../shared/review/reviewSchemas';


export async function downloadPackage(draftId: string): Promise<string> {
  const { fileName, data } = await call('package.export', { draftId });
  saveFile(fileName, fromBase64(data) as BlobPart, 'application/zip');
  return fileName;
}

/** Asks for a .dafu file; undefined when the clerk cancels. Call straight from the click: the chooser needs it. */
export const pickPackageFile = () => pickFile('.dafu');

export async function importPackageFile(file: File): Promise<ImportReport> {
  return call('package.import', { data: toBase64(new Uint8Array(await file.arrayBuffer())) });
}

export function describeImport(report: ImportReport): string {
  const added = `新增版本 ${report.revisionsAdded} 个、批注 ${report.commentsAdded} 条、审核记录 ${report.eventsAdded} 条`;
  const head = report.created ? `已导入新草稿「${report.title}」：${added}。` : `已导入「${report.title}」：${report.revisionsAdded + report.commentsAdded + report.eventsAdded ? added : '本机都已有，没有新增'}。`;
  if (!report.diverged) return head;
  return report.current === 'local'
    ? `${head}两边都有修改：本机的稿子仍为当前稿，导入的修改标为「待合并」。`
    : `${head}两边都有修改：导入的稿子已签发，成为当前稿；本机的修改标为「待合并」。`;
}
