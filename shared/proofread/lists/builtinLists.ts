import { z } from 'zod';
import confusions from '../data/confusions.json';
import standardTerms from '../data/standardTerms.json';
import { ListRowSchema, type ListKind, type ListRow } from './listRow';

const Rows = z.array(ListRowSchema);

/** The lists that ship with the app, read from data files (their rows are proved by builtinLists.test.ts). */
export const BUILTIN_LISTS: Readonly<Record<ListKind, readonly ListRow[]>> = {
  confusion: Rows.parse(confusions),
  standardTerm: Rows.parse(standardTerms),
};

/** A row of a data file stands on line index + 2: the file opens with 「[」 and holds one row a line. */
export const dataFileLine = (index: number): number => index + 2;
