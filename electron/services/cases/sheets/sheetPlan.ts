import { findHeaderRow, missingColumns, recogniseHeaders } from '../../../../shared/cases/importColumns';
import { kindFromHeaders, planImport } from '../../../../shared/cases/importRows';
import { readSheetHere } from './readSheet';
import type { SheetCells } from './sheetGrid';
import type { SheetJob, SheetPlan } from './sheetMessages';

/** The job's cells: read from its file's bytes, or as it brought them. */
export async function sheetCells(job: SheetJob): Promise<SheetCells> {
  if (job.rows) return { rows: job.rows, width: job.rows.reduce((widest, row) => Math.max(widest, row.length), 0) };
  return readSheetHere(job.fileName, new Uint8Array(job.bytes ?? new ArrayBuffer(0)));
}

/** Reads the list and sorts its rows (on the sheet thread); nothing is written. */
export async function planSheet(job: SheetJob): Promise<SheetPlan> {
  const { rows, width } = await sheetCells(job);
  const headerIndex = findHeaderRow(rows);
  const headerCells = rows[headerIndex] ?? [];
  // Every column with content anywhere gets a header, blank or not, so the clerk can map it.
  const headers = Array.from({ length: Math.max(width, headerCells.length) }, (_, index) => (headerCells[index] ?? '').trim());
  const mapping = job.mapping ?? recogniseHeaders(headers);
  const defaults = { kind: job.defaults?.kind ?? kindFromHeaders(headers, mapping), session: job.defaults?.session };
  const plan = planImport(rows.slice(headerIndex + 1), mapping, new Set(job.existingKeys), defaults, headerIndex + 2);
  const accepted = job.acceptedLimit === undefined ? plan.accepted : plan.accepted.slice(0, job.acceptedLimit);
  return { ...plan, accepted, headers, headerRow: headerIndex + 1, mapping, missingColumns: missingColumns(mapping) };
}
