import type { CallInput, Handlers } from '../../../shared/api/contract';
import { IMPORT_COLUMN_LABELS } from '../../../shared/cases/importColumns';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { planSheetInThread, type SheetReadOptions } from './sheets/sheetThread';
import type { SheetJob, SheetPlan } from './sheets/sheetMessages';
import { insertCase } from './cases';
import { recordNewCase } from './caseEvents';
import type { ServiceContext } from '../context';
import { searchUpkeep } from '../search/search';
import { namedReads } from '../threads/namedReads';

type ImportHandlers = Pick<Handlers, 'cases.importPreview' | 'cases.import'>;
type ImportInput = CallInput<'cases.import'>;

const PREVIEW_ROWS = 200;

/** The file's bytes in an ArrayBuffer of their own, which can be moved to the sheet thread. */
function ownBuffer(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  // A small Buffer shares a pooled ArrayBuffer with others: moving that one would empty theirs.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
}

/** Reads and sorts the list on the sheet thread, against the register as it is now; nothing is written. */
export function planCaseImport(db: Db, input: ImportInput, acceptedLimit?: number, options: SheetReadOptions = {}): Promise<SheetPlan> {
  const job: SheetJob = {
    fileName: input.fileName,
    ...(input.base64 === undefined ? {} : { bytes: ownBuffer(input.base64) }),
    ...(input.rows === undefined ? {} : { rows: input.rows }),
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    ...(input.defaults === undefined ? {} : { defaults: input.defaults }),
    existingKeys: db.prepare('SELECT case_key FROM cases').pluck().all() as string[],
    ...(acceptedLimit === undefined ? {} : { acceptedLimit }),
  };
  return planSheetInThread(job, options);
}

export function caseImportHandlers(ctx: ServiceContext): ImportHandlers {
  const { db } = ctx;
  const reads = namedReads(ctx);
  const plan = (input: ImportInput, acceptedLimit?: number) =>
    reads.run(input.requestId, (signal) => planCaseImport(db, input, acceptedLimit, signal && { signal }));
  return {
    'cases.importPreview': async (input) => {
      const preview = await plan(input, PREVIEW_ROWS);
      return { ...preview, accepted: preview.accepted.map(({ row, facts }) => ({ row, facts })) };
    },

    'cases.import': async (input) => {
      const result = await plan(input);
      if (result.missingColumns.length > 0) {
        const names = result.missingColumns.map((column) => IMPORT_COLUMN_LABELS[column]).join('、');
        throw new ApiError('invalid_input', `表头里找不到${names}这几列，请在导入窗口里指定哪一列是什么。`);
      }
      // The register may have changed while the list was read: a case added meanwhile is a duplicate now.
      const time = ctx.now().toISOString();
      const { imported, meanwhile } = db.transaction(() => {
        const existing = new Set(db.prepare('SELECT case_key FROM cases').pluck().all() as string[]);
        const fresh = result.accepted.filter(({ key }) => !existing.has(key));
        return {
          imported: fresh.map(({ facts, key }) => {
            const id = insertCase(db, facts, key, time);
            recordNewCase(db, id, facts, time, ctx.author);
            return id;
          }),
          meanwhile: result.accepted
            .filter(({ key }) => existing.has(key))
            .map(({ row, facts }) => ({ row, number: facts.number, title: facts.title, inFile: false })),
        };
      })();
      searchUpkeep(ctx).kick();
      return { imported, duplicates: [...result.duplicates, ...meanwhile], rejected: result.rejected };
    },
  };
}
