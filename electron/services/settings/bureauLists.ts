import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { localDate } from '../../../shared/cases/calendar';
import { BureauListsSchema, EMPTY_BUREAU_LISTS, type BureauLists } from '../../../shared/proofread/lists/bureauLists';
import { LIST_KIND_LABELS, type ListKind } from '../../../shared/proofread/lists/listRow';
import { listSheetRows, listsFromSheet, mergeRows } from '../../../shared/proofread/lists/listSheet';
import { describeRefused, validateRows } from '../../../shared/proofread/lists/validateRows';
import type { Db } from '../../db/open';
import { readSheetInThread } from '../cases/sheets/sheetThread';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from './records/settings';
import { textSheetBase64 } from './textSheet';

const KEY = 'proofreadLists';
const KINDS = Object.keys(LIST_KIND_LABELS) as ListKind[];

/** The bureau's own 易混淆词 and 规范表述 rows, checked with the shipped lists in every letter. */
export function readBureauLists(db: Db): BureauLists {
  return readSetting(db, KEY, BureauListsSchema) ?? EMPTY_BUREAU_LISTS;
}

/** Every row must pass its own examples; otherwise nothing is written and each bad row is named. */
export function writeBureauLists(db: Db, lists: BureauLists): BureauLists {
  const refused = KINDS.flatMap((kind) =>
    describeRefused(validateRows(lists[kind], 1).refused).map((line) => `${LIST_KIND_LABELS[kind]}${line.replace(/行/, '条')}`),
  );
  if (refused.length) throw new ApiError('invalid_input', `有 ${refused.length} 条没有保存：${refused.join('；')}`);
  writeSetting(db, KEY, lists);
  return lists;
}

export function mergeBureauLists(db: Db, added: BureauLists): BureauLists {
  const known = readBureauLists(db);
  return writeBureauLists(db, { confusion: mergeRows(known.confusion, added.confusion), standardTerm: mergeRows(known.standardTerm, added.standardTerm) });
}

const WIDTHS = [10, 14, 14, 8, 14, 10, 10, 10, 6, 8, 24, 24, 36, 36];

export function bureauListHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'bureauLists.get' | 'bureauLists.save' | 'bureauLists.importSheet' | 'bureauLists.exportSheet'> {
  const { db } = ctx;
  return {
    'bureauLists.get': () => readBureauLists(db),
    'bureauLists.save': ({ lists }) => writeBureauLists(db, lists),
    // Read on the sheet thread: a large sheet leaves other calls answered. Good rows are added (a wrong form listed already
    // takes the sheet's values); each bad one is named with its row number.
    'bureauLists.importSheet': async ({ fileName, base64 }) => {
      const cells = await readSheetInThread(fileName, new Uint8Array(Buffer.from(base64, 'base64')).buffer);
      const { lists, refused } = listsFromSheet(cells.rows);
      return { lists: mergeBureauLists(db, lists), refused: describeRefused(refused) };
    },
    'bureauLists.exportSheet': async () => ({
      fileName: `本单位校对词表-${localDate(ctx.now())}.xlsx`,
      base64: await textSheetBase64('校对词表', listSheetRows(readBureauLists(db)), WIDTHS),
    }),
  };
}
