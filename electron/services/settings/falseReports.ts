import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { localDate } from '../../../shared/cases/calendar';
import { canReportFalse } from '../../../shared/proofread/decisions';
import { FalseReportsSchema, findingsSheetRows, reportSheetRows, type FalseReport } from '../../../shared/proofread/reports';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';
import { textSheetBase64 } from './textSheet';

const KEY = 'proofreadFalseReports';

export function readFalseReports(db: Db): FalseReport[] {
  return readSetting(db, KEY, FalseReportsSchema) ?? [];
}

/** 「报告误报」 and the findings report of the 办公室's checking round, both exported as .xlsx. */
export function falseReportHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'proofread.reportFalse' | 'proofread.falseReports' | 'proofread.exportFalseReports' | 'proofread.exportReport'> {
  const { db } = ctx;
  return {
    'proofread.reportFalse': (report) => {
      if (!canReportFalse(report.rule)) throw new ApiError('invalid_input', `“${report.excerpt}”是待填写的内容，不是误报：请填上实际内容。`);
      const reports = FalseReportsSchema.parse([...readFalseReports(db), report]);
      writeSetting(db, KEY, reports);
      return { count: reports.length };
    },
    'proofread.falseReports': () => readFalseReports(db),
    'proofread.exportFalseReports': async () => ({
      fileName: `校对误报-${localDate(ctx.now())}.xlsx`,
      base64: await textSheetBase64('误报', reportSheetRows(readFalseReports(db)), [14, 16, 48, 36, 24, 20]),
    }),
    'proofread.exportReport': async ({ rows }) => ({
      fileName: `校对报告-${localDate(ctx.now())}.xlsx`,
      base64: await textSheetBase64('校对报告', findingsSheetRows(rows), [24, 14, 20, 36, 10]),
    }),
  };
}
