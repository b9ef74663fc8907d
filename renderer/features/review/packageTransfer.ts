import { call } from '../../api/client';
import { fromBase64, toBase64 } from '../../components/base64';
import { saveFile } from '../../components/saveFile';
import { pickFile } from '../imports/pickFile';
import { describeCaseImport } from '../../../shared/review/packageCase';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import { heldBackLine, notCountedLines } from '../../../shared/review/importNotes';
import { REVIEW_STATE_LABELS } from '../../../shared/model/draft';

export async function downloadPackage(draftId: string): Promise<string> {
  const { fileName, data } = await call('package.export', { draftId });
  saveFile(fileName, fromBase64(data) as BlobPart, 'application/zip');
  return fileName;
}

/** Asks for a .dafu file; undefined when the clerk cancels. Call straight from the click: the chooser needs it. */
export const pickPackageFile = () => pickFile('.dafu');

/** The chosen file as the contract's package.import takes it; undefined when nothing was chosen. */
export async function packageData(file: File | undefined): Promise<string | undefined> {
  return file && toBase64(new Uint8Array(await file.arrayBuffer()));
}

export function describeImport(report: ImportReport): string {
  const added = `新增版本 ${report.revisionsAdded} 个、批注 ${report.commentsAdded} 条、审核记录 ${report.eventsAdded} 条`;
  const head = report.created
    ? `已导入新草稿「${report.title}」：${added}。`
    : `已导入「${report.title}」：${report.revisionsAdded + report.commentsAdded + report.eventsAdded ? added : '本机都已有，没有新增'}。`;
  // Which approvals did not verify, and the state the verified ones lead to: never a state the package merely claims.
  const signatures = `${notCountedLines(report).join('')}当前状态：${REVIEW_STATE_LABELS[report.state]}。`;
  const lines = (report.case ? describeCaseImport(report.case).join('') : '') + signatures;
  const held = heldBackLine(report);
  if (held) return head + held + lines;
  if (!report.diverged) return head + lines;
  return report.current === 'local'
    ? `${head}两边都有修改：本机的稿子仍为当前稿，导入的修改标为「待合并」。${lines}`
    : `${head}两边都有修改：导入的稿子已签发，成为当前稿；本机的修改标为「待合并」。${lines}`;
}
