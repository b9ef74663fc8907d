import confusions from '../data/confusions.json';
import standardTerms from '../data/standardTerms.json';
import type { ListKind, ListRow } from './listRow';
import { validateRows } from './validateRows';

/** A row of a data file stands on line index + 2: the file opens with 「[」 and holds one row a line. */
export const dataFileLine = (index: number): number => index + 2;

/**
 * The lists that ship with the app, read from data files. A bad row is left out rather than taking the
 * whole list with it; builtinLists.test.ts names any by its line.
 */
export const BUILTIN_LISTS: Readonly<Record<ListKind, readonly ListRow[]>> = {
  confusion: validateRows(confusions, dataFileLine(0)).rows,
  standardTerm: validateRows(standardTerms, dataFileLine(0)).rows,
};
