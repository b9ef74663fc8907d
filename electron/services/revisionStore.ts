import { createHash, randomUUID } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Db } from '../db/open';
import { canonicalJson } from '../../shared/model/canonicalJson';
import { LetterDocumentSchema, type LetterDocument } from '../../shared/model/document';
import { FieldValuesSchema, type FieldValues } from '../../shared/fields/fieldDefinition';
import type { RevisionKind, RevisionSummary } from '../../shared/model/draft';
import { ApiError } from '../../shared/api/errors';

export interface Snapshot {
  content: LetterDocument;
  fields: FieldValues;
}

export interface NewRevision extends Snapshot {
  draftId: string;
  kind: RevisionKind;
  parents: string[];
  author: string;
  time: string;
  note?: string;
  chars: number;
}

export function snapshotHash(snapshot: Snapshot): string {
  return createHash('sha256').update(canonicalJson(snapshot)).digest('hex');
}

function encode(snapshot: Snapshot): Buffer {
  return brotliCompressSync(canonicalJson(snapshot), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  });
}

export function insertRevision(db: Db, revision: NewRevision): RevisionSummary {
  const id = randomUUID();
  const snapshot = { content: revision.content, fields: revision.fields };
  const hash = snapshotHash(snapshot);
  db.prepare(
    `INSERT INTO revisions (id, draft_id, kind, author, created_at, note, hash, encoding, body, chars)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'json+br', ?, ?)`,
  ).run(id, revision.draftId, revision.kind, revision.author, revision.time, revision.note ?? null, hash, encode(snapshot), revision.chars);
  const addParent = db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, ?)');
  revision.parents.forEach((parent, position) => addParent.run(id, parent, position));
  return {
    id,
    draftId: revision.draftId,
    parents: revision.parents,
    kind: revision.kind,
    author: revision.author,
    time: revision.time,
    note: revision.note ?? null,
    hash,
    chars: revision.chars,
  };
}

interface RevisionRow {
  id: string;
  draft_id: string;
  kind: RevisionKind;
  author: string;
  created_at: string;
  note: string | null;
  hash: string;
  chars: number;
  parents: string | null;
}

const SUMMARY_SQL = `
  SELECT r.id, r.draft_id, r.kind, r.author, r.created_at, r.note, r.hash, r.chars,
         (SELECT group_concat(parent_id, ',') FROM
            (SELECT parent_id FROM revision_parents p WHERE p.revision_id = r.id ORDER BY position)) AS parents
  FROM revisions r`;

function toSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    draftId: row.draft_id,
    parents: row.parents ? row.parents.split(',') : [],
    kind: row.kind,
    author: row.author,
    time: row.created_at,
    note: row.note,
    hash: row.hash,
    chars: row.chars,
  };
}

export function listRevisions(db: Db, draftId: string): RevisionSummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} WHERE r.draft_id = ? ORDER BY r.created_at, r.rowid`).all(draftId) as RevisionRow[];
  return rows.map(toSummary);
}

/** Reads a revision back and proves it is the one that was stored: a damaged one is reported, not skipped. */
export function readSnapshot(db: Db, revisionId: string): Snapshot {
  const row = db.prepare('SELECT encoding, body, hash FROM revisions WHERE id = ?').get(revisionId) as
    | { encoding: string; body: Buffer; hash: string }
    | undefined;
  if (!row) throw new ApiError('not_found', '找不到这个版本。');
  try {
    const json = row.encoding === 'json+br' ? brotliDecompressSync(row.body).toString('utf8') : row.body.toString('utf8');
    const parsed = JSON.parse(json) as { content: unknown; fields: unknown };
    const snapshot = {
      content: LetterDocumentSchema.parse(parsed.content),
      fields: FieldValuesSchema.parse(parsed.fields),
    };
    if (snapshotHash(snapshot) !== row.hash) throw new Error('hash mismatch');
    return snapshot;
  } catch {
    throw new ApiError('internal', `版本 ${revisionId} 已损坏，内容与校验值不符。请用“检查数据库”或从备份恢复。`);
  }
}
