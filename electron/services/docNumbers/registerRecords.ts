import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { DocNumberRecord } from '../../../shared/api/docNumberCalls';
import { allocateNumber, voidingOf } from '../../../shared/docNumbers/allocation';
import { formatDocNumber, parseDocNumberSeries } from '../../../shared/docNumbers/docNumberSeries';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { loadDraftRow } from '../drafts/records/draftRecords';
import { readProfile } from '../settings/profile';
import { provenRow } from '../../db/rowSums/provenRows';

export interface DocNumberRow {
  id: string;
  year: number;
  number: number;
  text: string;
  draft_id: string | null;
  draft_title: string;
  issued_by: string;
  issued_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
  provisional: number;
}

export function toRecord(row: DocNumberRow): DocNumberRecord {
  return {
    id: row.id,
    text: row.text,
    year: row.year,
    number: row.number,
    draftId: row.draft_id,
    draftTitle: row.draft_title,
    issuedBy: row.issued_by,
    issuedAt: row.issued_at,
    voided: voidingOf(row),
    provisional: row.provisional === 1,
  };
}

export const byId = (db: Db, id: string) =>
  provenRow(db, 'doc_numbers', db.prepare('SELECT * FROM doc_numbers WHERE id = ?').get(id) as DocNumberRow | undefined);

/**
 * 取号 from the bureau's series: the next number after every one this series has handed out this year,
 * voided ones included, so no number is ever given twice. IMMEDIATE takes the write lock before reading
 * the last number, so a second window or PC on the same store waits instead of reading the same one.
 */
export function takeNumber(ctx: ServiceContext, draftId: string, { provisional = false } = {}) {
  const { db } = ctx;
  return db
    .transaction(() => {
      const draft = loadDraftRow(db, draftId);
      const series = parseDocNumberSeries(readProfile(db).docNumberSeries);
      if (typeof series === 'string') throw new ApiError('invalid_input', series);
      const time = ctx.now();
      const year = time.getFullYear();
      const held = provenRow(
        db,
        'doc_numbers',
        db.prepare('SELECT * FROM doc_numbers WHERE series = ? AND year = ? AND draft_id = ? AND voided_at IS NULL').get(series.key, year, draftId) as
          DocNumberRow | undefined,
      );
      const last = db.prepare('SELECT max(number) FROM doc_numbers WHERE series = ? AND year = ?').pluck().get(series.key, year) as number | null;
      const allocation = allocateNumber({ heldByDraft: held, last });
      if ('held' in allocation) return { ...toRecord(allocation.held), alreadyHeld: true };
      const { number } = allocation;
      const id = randomUUID();
      db.prepare(
        `INSERT INTO doc_numbers (id, series, year, number, text, draft_id, draft_title, issued_by, issued_at, provisional)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, series.key, year, number, formatDocNumber(series, year, number), draftId, draft.title, ctx.author, time.toISOString(), provisional ? 1 : 0);
      return { ...toRecord(byId(db, id)!), alreadyHeld: false };
    })
    .immediate();
}

export function voidNumber(ctx: ServiceContext, id: string, reason: string): DocNumberRecord {
  const { db } = ctx;
  return db.transaction(() => {
    const row = byId(db, id);
    if (!row) throw new ApiError('not_found', '发文登记里没有这个号，请刷新登记后再试。');
    if (row.voided_at !== null) throw new ApiError('conflict', `「${row.text}」已于 ${row.voided_at.slice(0, 10)} 作废，不用再作废。`);
    db.prepare('UPDATE doc_numbers SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?').run(ctx.now().toISOString(), ctx.author, reason, id);
    return toRecord(byId(db, id)!);
  })();
}
