import { createHash, randomUUID } from 'node:crypto';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../../../db/open';
import { canonicalJson } from '../../../../shared/model/canonicalJson';
import { LetterDocumentSchema, type LetterDocument } from '../../../../shared/model/document';
import { FieldValuesSchema, type FieldValues } from '../../../../shared/fields/fieldDefinition';
import type { RevisionKind, RevisionSummary } from '../../../../shared/model/draft';
import { ApiError } from '../../../../shared/api/errors';
import { applyDelta, makeDelta, splitUnits, type Delta } from './revisionDelta';
import { DamagedRecordError, type DamagedRecord } from '../../../db/rowSums/recordDamage';
import { soundSql } from '../../../db/rowSums/rowSums';
import { rowDamage } from '../../../db/rowSums/provenRows';

export interface Snapshot {
  content: LetterDocument;
  fields: FieldValues;
}

export interface NewRevision extends Snapshot {
  /** Given when the revision already has an id elsewhere (imported from another PC's package). */
  id?: string;
  draftId: string;
  kind: RevisionKind;
  parents: string[];
  author: string;
  time: string;
  note?: string;
  chars: number;
}

/**
 * Reading a revision replays at most this many deltas after a full copy, which bounds read time;
 * a full copy every this many revisions costs little storage next to the deltas' savings.
 */
export const MAX_DELTA_CHAIN = 32;

export function snapshotHash(snapshot: Snapshot): string {
  return textHash(canonicalJson(snapshot));
}

function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function compress(text: string): Buffer {
  return brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
}

interface Encoded {
  encoding: 'json+br' | 'delta+br';
  body: Buffer;
  baseId: string | null;
  depth: number;
}

/** A delta against `baseId` while the chain stays short and the delta small, else a full copy. */
function encodeAgainst(db: Db, text: string, baseId: string | undefined): Encoded {
  const full = (): Encoded => ({ encoding: 'json+br', body: compress(text), baseId: null, depth: 0 });
  if (!baseId) return full();
  const base = db.prepare('SELECT depth FROM revisions WHERE id = ?').get(baseId) as { depth: number } | undefined;
  if (!base || base.depth + 1 > MAX_DELTA_CHAIN) return full();
  let baseUnits: string[];
  try {
    baseUnits = rebuildUnits(db, baseId);
  } catch {
    return full(); // a damaged base must not stop new work from being saved
  }
  const delta = JSON.stringify(makeDelta(baseUnits, splitUnits(text)));
  if (delta.length > text.length / 2) return full();
  return { encoding: 'delta+br', body: compress(delta), baseId, depth: base.depth + 1 };
}

/** Deltas are taken against the first parent of the same draft, the revision most like this one. */
function deltaBase(db: Db, revision: Pick<NewRevision, 'parents' | 'draftId'>): string | undefined {
  const first = revision.parents[0];
  if (!first) return undefined;
  return db.prepare('SELECT 1 FROM revisions WHERE id = ? AND draft_id = ?').get(first, revision.draftId) ? first : undefined;
}

export function insertRevision(db: Db, revision: NewRevision): RevisionSummary {
  const text = canonicalJson({ content: revision.content, fields: revision.fields });
  return insertEncoded(db, revision, textHash(text), encodeAgainst(db, text, deltaBase(db, revision)));
}

/**
 * A revision's stored bytes made away from the store (on an import's thread, where the store is not
 * at hand): its full copy, and a delta against its first parent's text when one is worth keeping.
 */
export interface PreparedContent {
  hash: string;
  /** The full copy, compressed; where a delta is kept, the text itself, compressed only if the store needs the copy after all. */
  full: Uint8Array | string;
  delta: { baseId: string; body: Uint8Array } | null;
}

/** A revision's text cut into paragraphs: what the delta of a revision made from it is taken against. */
export interface RevisionUnits {
  id: string;
  units: string[];
}

export function prepareContent(snapshot: Snapshot, firstParent: RevisionUnits | undefined): { prepared: PreparedContent; units: string[] } {
  const text = canonicalJson(snapshot);
  const units = splitUnits(text);
  const delta = firstParent && JSON.stringify(makeDelta(firstParent.units, units));
  const worthIt = firstParent && delta && delta.length <= text.length / 2;
  return {
    prepared: { hash: textHash(text), full: worthIt ? text : compress(text), delta: worthIt ? { baseId: firstParent.id, body: compress(delta) } : null },
    units,
  };
}

/** Stores a revision whose bytes were prepared by prepareContent: as a delta where insertRevision would store one, else whole. */
export function insertPreparedRevision(db: Db, revision: Omit<NewRevision, keyof Snapshot>, prepared: PreparedContent): RevisionSummary {
  const { delta } = prepared;
  const base =
    delta && deltaBase(db, revision) === delta.baseId
      ? (db.prepare('SELECT depth FROM revisions WHERE id = ?').get(delta.baseId) as { depth: number })
      : undefined;
  const stored: Encoded =
    delta && base && base.depth + 1 <= MAX_DELTA_CHAIN
      ? { encoding: 'delta+br', body: Buffer.from(delta.body), baseId: delta.baseId, depth: base.depth + 1 }
      : { encoding: 'json+br', body: typeof prepared.full === 'string' ? compress(prepared.full) : Buffer.from(prepared.full), baseId: null, depth: 0 };
  return insertEncoded(db, revision, prepared.hash, stored);
}

// Prepared once per connection: preparing took as long as the insert itself when a package brings thousands of revisions.
const insertStatements = new WeakMap<Db, { revision: Statement; parent: Statement }>();

function insertStatementsOf(db: Db) {
  let statements = insertStatements.get(db);
  if (!statements) {
    statements = {
      revision: db.prepare(
        `INSERT INTO revisions (id, draft_id, kind, author, created_at, note, hash, encoding, base_id, depth, body, chars)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      parent: db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, ?)'),
    };
    insertStatements.set(db, statements);
  }
  return statements;
}

function insertEncoded(db: Db, revision: Omit<NewRevision, keyof Snapshot>, hash: string, stored: Encoded): RevisionSummary {
  const id = revision.id ?? randomUUID();
  const insert = insertStatementsOf(db);
  insert.revision.run(
    id,
    revision.draftId,
    revision.kind,
    revision.author,
    revision.time,
    revision.note ?? null,
    hash,
    stored.encoding,
    stored.baseId,
    stored.depth,
    stored.body,
    revision.chars,
  );
  revision.parents.forEach((parent, position) => insert.parent.run(id, parent, position));
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

/**
 * Stores `revisionId` again against `newBaseId` (or as a full copy), with the same bytes and hash:
 * what retention does to the revisions that were stored against one it removes.
 */
export function rebaseRevision(db: Db, revisionId: string, newBaseId: string | null): void {
  const text = rebuildUnits(db, revisionId).join('');
  const stored = encodeAgainst(db, text, newBaseId ?? undefined);
  db.prepare('UPDATE revisions SET encoding = ?, base_id = ?, depth = ?, body = ? WHERE id = ?').run(
    stored.encoding,
    stored.baseId,
    stored.depth,
    stored.body,
    revisionId,
  );
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
  /** How many of the revision's links to its parents no longer match their checksums. */
  damaged_parents: number;
}

/** A revision's row with its parents; both proven against their checksums before they are used. */
const summarySql = (db: Db) => `
  SELECT r.*,
         (SELECT group_concat(parent_id, ',') FROM
            (SELECT parent_id FROM revision_parents p WHERE p.revision_id = r.id ORDER BY position)) AS parents,
         (SELECT count(*) FROM revision_parents p WHERE p.revision_id = r.id AND NOT ${soundSql(db, 'revision_parents', 'p')}) AS damaged_parents
  FROM revisions r`;

function provenSummaries(db: Db, rows: RevisionRow[]): RevisionRow[] {
  const damaged = rows.flatMap((row): DamagedRecord[] => {
    const own = rowDamage(db, 'revisions', row);
    const links: DamagedRecord[] = row.damaged_parents > 0 ? [{ table: 'revision_parents', key: row.id, label: '', columns: ['parent_id'] }] : [];
    return [...(own ? [own] : []), ...links];
  });
  if (damaged.length > 0) throw new DamagedRecordError(damaged);
  return rows;
}

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
  const rows = db.prepare(`${summarySql(db)} WHERE r.draft_id = ? ORDER BY r.created_at, r.rowid`).all(draftId) as RevisionRow[];
  return provenSummaries(db, rows).map(toSummary);
}

export function getRevision(db: Db, revisionId: string): RevisionSummary {
  const row = db.prepare(`${summarySql(db)} WHERE r.id = ?`).get(revisionId) as RevisionRow | undefined;
  if (!row) throw new ApiError('not_found', '找不到这个版本，可能已按保留规则清理。请在版本列表中重新选择。');
  return toSummary(provenSummaries(db, [row])[0]);
}

interface ChainRow {
  id: string;
  encoding: string;
  body: Buffer;
  hash: string;
}

/** The revision and the bases it is stored against, from the full copy down to the revision itself. */
const CHAIN_SQL = `
  WITH RECURSIVE chain(id, base_id, encoding, body, hash, step) AS (
    SELECT id, base_id, encoding, body, hash, 0 FROM revisions WHERE id = ?
    UNION ALL
    SELECT r.id, r.base_id, r.encoding, r.body, r.hash, c.step + 1
    FROM revisions r JOIN chain c ON r.id = c.base_id
    WHERE c.encoding = 'delta+br' AND c.step < ${MAX_DELTA_CHAIN * 4}
  )
  SELECT id, encoding, body, hash FROM chain ORDER BY step DESC`;

class DamagedRevision extends Error {
  constructor(readonly revisionId: string) {
    super(`revision ${revisionId} does not match its hash`);
  }
}

function fullText(row: ChainRow): string {
  if (row.encoding === 'json+br') return brotliDecompressSync(row.body).toString('utf8');
  // Plain JSON rows are not written by this store and need not be canonical; the hash is over the canonical form.
  if (row.encoding === 'json') return canonicalJson(JSON.parse(row.body.toString('utf8')));
  throw new DamagedRevision(row.id);
}

function replay(chain: ChainRow[], verifyEach: boolean): string[] {
  let units: string[] = [];
  chain.forEach((row, index) => {
    try {
      units = index === 0 ? splitUnits(fullText(row)) : applyDelta(units, JSON.parse(brotliDecompressSync(row.body).toString('utf8')) as Delta);
    } catch {
      throw new DamagedRevision(row.id);
    }
    if ((verifyEach || index === chain.length - 1) && textHash(units.join('')) !== row.hash) throw new DamagedRevision(row.id);
  });
  return units;
}

function damagedMessage(revisionId: string, damagedId: string): string {
  if (damagedId === revisionId) return `版本 ${revisionId} 已损坏，内容与校验值不符。请用“检查数据库”或从备份恢复。`;
  return `版本 ${revisionId} 读不出来：它所依据的版本 ${damagedId} 已损坏。请用“检查数据库”或从备份恢复。`;
}

/** Rebuilds a revision's stored text and proves it byte for byte against its hash. */
function rebuildUnits(db: Db, revisionId: string): string[] {
  const chain = db.prepare(CHAIN_SQL).all(revisionId) as ChainRow[];
  if (chain.length === 0) throw new ApiError('not_found', '找不到这个版本，可能已按保留规则清理。请在版本列表中重新选择。');
  try {
    return replay(chain, false);
  } catch (error) {
    if (!(error instanceof DamagedRevision)) throw error;
    // Only on failure: replay again checking every step, to name the revision that is actually damaged.
    let damagedId = error.revisionId;
    try {
      replay(chain, true);
    } catch (located) {
      if (located instanceof DamagedRevision) damagedId = located.revisionId;
    }
    throw new ApiError('damaged', damagedMessage(revisionId, damagedId));
  }
}

/** Reads a revision back and proves it is the one that was stored: a damaged one is reported, not skipped. */
export function readSnapshot(db: Db, revisionId: string): Snapshot {
  return parseSnapshot(revisionId, rebuildUnits(db, revisionId).join(''));
}

function parseSnapshot(revisionId: string, text: string): Snapshot {
  try {
    const parsed = JSON.parse(text) as { content: unknown; fields: unknown };
    return { content: LetterDocumentSchema.parse(parsed.content), fields: FieldValuesSchema.parse(parsed.fields) };
  } catch {
    throw new ApiError('damaged', damagedMessage(revisionId, revisionId));
  }
}

export interface RebuiltRevision {
  id: string;
  /** Its place in the table, for reporting in the order the rows are stored. */
  rowid: number;
  hash: string;
  /** What readSnapshot returns for it, or the error it throws. */
  read: () => Snapshot;
}

/**
 * Every revision of a draft read back as readSnapshot reads it, with each delta applied once to its
 * base's text as rebuilt here (not replayed from the full copy for every revision: `dafu check` over
 * five years). A revision whose base is not rebuilt here, or which fails, is read by readSnapshot
 * itself, so damage is named exactly as opening it would name it.
 */
export function* rebuildDraftRevisions(db: Db, draftId: string): Generator<RebuiltRevision> {
  const rows = db
    .prepare('SELECT rowid, id, base_id, encoding, body, hash FROM revisions WHERE draft_id = ? ORDER BY depth, rowid')
    .all(draftId) as (ChainRow & {
    rowid: number;
    base_id: string | null;
  })[];
  const rebuilt = new Map<string, string[]>();
  for (const row of rows) {
    const base = row.base_id === null ? undefined : rebuilt.get(row.base_id);
    let units: string[] | undefined;
    try {
      if (row.encoding !== 'delta+br') units = replay([row], false);
      else if (base) units = applyDelta(base, JSON.parse(brotliDecompressSync(row.body).toString('utf8')) as Delta);
      if (units && textHash(units.join('')) !== row.hash) units = undefined;
    } catch {
      units = undefined;
    }
    if (units) rebuilt.set(row.id, units);
    const text = units?.join('');
    yield { id: row.id, rowid: row.rowid, hash: row.hash, read: () => (text === undefined ? readSnapshot(db, row.id) : parseSnapshot(row.id, text)) };
  }
}

/** A revision as another store holds it: its row and its text, proven there. */
export interface RevisionCopy extends Snapshot {
  id: string;
  draftId: string;
  kind: RevisionKind;
  author: string;
  time: string;
  note: string | null;
  hash: string;
  chars: number;
}

/**
 * Writes a revision whose row here is damaged over again, as the sound copy from a backup holds it,
 * stored as a full copy (its bases here may be damaged or thinned); the text must match its hash.
 * Call inside a recovery that may write over damaged rows.
 */
export function overwriteRevision(db: Db, copy: RevisionCopy): void {
  const text = canonicalJson({ content: copy.content, fields: copy.fields });
  if (textHash(text) !== copy.hash) throw new ApiError('damaged', damagedMessage(copy.id, copy.id));
  db.prepare(
    `UPDATE revisions SET draft_id = ?, kind = ?, author = ?, created_at = ?, note = ?, hash = ?, encoding = 'json+br', base_id = NULL, depth = 0, body = ?, chars = ?
     WHERE id = ?`,
  ).run(copy.draftId, copy.kind, copy.author, copy.time, copy.note, copy.hash, compress(text), copy.chars, copy.id);
}
