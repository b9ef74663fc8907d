import type { CallInput, Handlers } from '../../../shared/api/contract';
import { findHeaderRow, missingColumns, recogniseHeaders, IMPORT_COLUMN_LABELS } from '../../../shared/cases/importColumns';
import { kindFromHeaders, planImport } from '../../../shared/cases/importRows';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { readSheet } from './caseSheet';
import { insertCase } from './cases';
import type { ServiceContext } from '../context';
import { searchUpkeep } from '../search/search';

type ImportHandlers = Pick<Handlers, 'cases.importPreview' | 'cases.import'>;
type ImportInput = CallInput<'cases.import'>;

const PREVIEW_ROWS = 200;

async function plan(db: Db, input: ImportInput) {
  const rows = input.rows ?? (await readSheet(input.fileName, Buffer.from(input.base64 ?? '', 'base64')));
  const headerIndex = findHeaderRow(rows);
  const headers = (rows[headerIndex] ?? []).map((cell) => cell.trim());
  const mapping = input.mapping ?? recogniseHeaders(headers);
  const existing = new Set((db.prepare('SELECT case_key FROM cases').pluck().all() as string[]));
  const defaults = { kind: input.defaults?.kind ?? kindFromHeaders(headers, mapping), session: input.defaults?.session };
  const result = planImport(rows.slice(headerIndex + 1), mapping, existing, defaults, headerIndex + 2);
  return { headers, headerRow: headerIndex + 1, mapping, missingColumns: missingColumns(mapping), ...result };
}

export function caseImportHandlers(ctx: ServiceContext): ImportHandlers {
  const { db } = ctx;
  return {
    'cases.importPreview': async (input) => {
      const preview = await plan(db, input);
      return { ...preview, accepted: preview.accepted.slice(0, PREVIEW_ROWS).map(({ row, facts }) => ({ row, facts })) };
    },

    'cases.import': async (input) => {
      const result = await plan(db, input);
      if (result.missingColumns.length > 0) {
        const names = result.missingColumns.map((column) => IMPORT_COLUMN_LABELS[column]).join('、');
        throw new ApiError('invalid_input', `表头里找不到${names}这几列，请在导入窗口里指定哪一列是什么。`);
      }
      const time = ctx.now().toISOString();
      const imported = db.transaction(() => result.accepted.map(({ facts, key }) => insertCase(db, facts, key, time)))();
      searchUpkeep(ctx).kick();
      return { imported, duplicates: result.duplicates, rejected: result.rejected };
    },
  };
}
