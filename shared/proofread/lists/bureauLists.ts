import { z } from 'zod';
import { BUILTIN_LISTS } from './builtinLists';
import { ListRowSchema, type ListKind, type ListRow } from './listRow';
import { buildPhraseIndex, type PhraseIndex } from './phraseIndex';

/** What a bureau adds to the shipped lists, carried by the 单位信息 file (version 2). */
export const BureauListsSchema = z
  .object({
    confusion: z.array(ListRowSchema).max(5_000),
    standardTerm: z.array(ListRowSchema).max(5_000),
  })
  .strict();

export type BureauLists = z.infer<typeof BureauListsSchema>;

export const EMPTY_BUREAU_LISTS: BureauLists = { confusion: [], standardTerm: [] };

const builtinIndexes: Record<ListKind, PhraseIndex> = {
  confusion: buildPhraseIndex(BUILTIN_LISTS.confusion),
  standardTerm: buildPhraseIndex(BUILTIN_LISTS.standardTerm),
};
const merged = new WeakMap<readonly ListRow[], PhraseIndex>();

/** The index a check runs: the bureau's rows first (they win over a shipped row of the same length), then the shipped ones. */
export function listIndex(kind: ListKind, bureauRows: readonly ListRow[] = []): PhraseIndex {
  if (bureauRows.length === 0) return builtinIndexes[kind];
  let index = merged.get(bureauRows);
  if (index === undefined) merged.set(bureauRows, (index = buildPhraseIndex([...bureauRows, ...BUILTIN_LISTS[kind]])));
  return index;
}
