import type { Handlers } from '../../../shared/api/contract';
import type { ServiceContext } from '../context';
import { provenRows } from '../../db/rowSums/provenRows';
import { toRecord, type DocNumberRow } from './registerRecords';
import { takeWithServer, voidWithServer } from './serverNumbers';

export function docNumberHandlers(ctx: ServiceContext): Pick<Handlers, 'docNumbers.take' | 'docNumbers.list' | 'docNumbers.void'> {
  const { db } = ctx;
  return {
    'docNumbers.take': ({ draftId }) => takeWithServer(ctx, draftId),
    'docNumbers.list': ({ year }) =>
      provenRows(
        db,
        'doc_numbers',
        db.prepare('SELECT * FROM doc_numbers WHERE year = ? ORDER BY series, number DESC').all(year ?? ctx.now().getFullYear()) as DocNumberRow[],
      ).map(toRecord),
    'docNumbers.void': ({ id, reason }) => voidWithServer(ctx, id, reason),
  };
}
