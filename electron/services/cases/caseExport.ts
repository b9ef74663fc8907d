import type ExcelJS from 'exceljs';
import type { Handlers } from '../../../shared/api/contract';
import { localDate } from '../../../shared/cases/calendar';
import { CASE_KIND_LABELS, CASE_ROLE_LABELS, CASE_STATUS_LABELS } from '../../../shared/cases/caseModel';
import { listCases, loadCaseRow, loadExtensions } from './caseRecords';
import type { ServiceContext } from '../context';
import { opinionTemplates } from './cases';
import { loadExcel } from '../settings/textSheet';
import { proposersLine } from '../../../shared/cases/proposers';

const COLUMNS: Partial<ExcelJS.Column>[] = [
  { header: '序号', key: 'index', width: 6 },
  { header: '类别', key: 'kind', width: 10 },
  { header: '届次/会议', key: 'session', width: 22 },
  { header: '编号', key: 'number', width: 10 },
  { header: '标题', key: 'title', width: 44 },
  { header: '提案者/代表', key: 'proposer', width: 28 },
  { header: '承办方式', key: 'role', width: 9 },
  { header: '交办日期', key: 'assignedOn', width: 12 },
  { header: '办理期限', key: 'dueOn', width: 12 },
  { header: '延期批准', key: 'extension', width: 24 },
  { header: '办理状态', key: 'status', width: 10 },
  { header: '是否超期', key: 'overdue', width: 9 },
  { header: '答复类型', key: 'replyType', width: 9 },
  { header: '发文字号', key: 'docNumber', width: 18 },
  { header: '满意度', key: 'satisfaction', width: 10 },
  { header: '承办人', key: 'handler', width: 10 },
  { header: '联系电话', key: 'handlerPhone', width: 14 },
];

/** A calendar date as an Excel date cell: UTC midnight is that date in the sheet. */
const dateCell = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : '');

export function caseExportHandlers(ctx: ServiceContext): Pick<Handlers, 'cases.exportRegister'> {
  const { db } = ctx;
  return {
    'cases.exportRegister': async () => {
      const now = ctx.now();
      const workbook = new (await loadExcel()).Workbook();
      const sheet = workbook.addWorksheet('办理台账', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = COLUMNS;
      sheet.getRow(1).font = { bold: true };
      listCases(db, now, opinionTemplates(ctx)).forEach((summary, index) => {
        const row = loadCaseRow(db, summary.id);
        const extension = loadExtensions(db, summary.id).at(-1);
        const added = sheet.addRow({
          index: index + 1,
          kind: CASE_KIND_LABELS[summary.kind],
          session: summary.session,
          number: summary.number,
          title: summary.title,
          proposer: proposersLine(summary),
          role: CASE_ROLE_LABELS[summary.role],
          assignedOn: dateCell(summary.assignedOn),
          dueOn: dateCell(summary.dueOn),
          extension: extension ? `延至${extension.dueOn}（${extension.approvedOn}批准）` : '',
          status: CASE_STATUS_LABELS[summary.status],
          overdue: summary.overdue ? '超期' : '',
          replyType: row.reply_type ?? '',
          docNumber: row.doc_number ?? '',
          satisfaction: summary.satisfaction ?? '',
          handler: row.handler ?? '',
          handlerPhone: row.handler_phone ?? '',
        });
        if (summary.overdue) added.getCell('overdue').font = { color: { argb: 'FFC00000' }, bold: true };
      });
      for (const key of ['assignedOn', 'dueOn']) sheet.getColumn(key).numFmt = 'yyyy"年"m"月"d"日"';
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      return { fileName: `办理台账-${localDate(now)}.xlsx`, base64: bytes.toString('base64') };
    },
  };
}
