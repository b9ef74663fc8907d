import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { makeFieldRenderer } from '../../../shared/fields/formatField';
import type { FieldDefinition, FieldValues } from '../../../shared/fields/fieldDefinition';
import { blockText, type LetterDocument } from '../../../shared/model/document';
import { letterUnits, type LetterUnit } from '../../../shared/model/letterUnits';
import { placeNames } from '../../../shared/model/placeName';
import { anchorUnit } from '../../../shared/review/anchorParts';
import { relocateAnchor, type CommentAnchor } from '../../../shared/review/commentAnchor';
import type { CommentThread } from '../../../shared/review/reviewSchemas';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { loadDraftRow, type DraftRow } from '../drafts/records/draftRecords';
import { requireUser } from './users';
import { provenRow, provenRows } from '../../db/rowSums/provenRows';

export interface CommentRow {
  id: string;
  draft_id: string;
  thread_id: string | null;
  revision_id: string;
  anchor: string | null;
  body: string;
  author: string;
  author_unit: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** The working copy's text as the editor shows it, fields filled in: each block's (what anchors count in) and its units. */
function draftText(row: DraftRow): { blocks: string[]; units: LetterUnit[]; places: string[] } {
  const render = makeFieldRenderer(JSON.parse(row.field_definitions) as FieldDefinition[], JSON.parse(row.fields) as FieldValues);
  const content = JSON.parse(row.content) as LetterDocument;
  const units = letterUnits(content, render);
  return { blocks: content.blocks.map((block) => blockText(block, render)), units, places: placeNames(units, content.blocks) };
}

export function commentRows(db: Db, draftId: string): CommentRow[] {
  return provenRows(db, 'comments', db.prepare('SELECT * FROM comments WHERE draft_id = ? ORDER BY created_at, rowid').all(draftId) as CommentRow[]);
}

const entry = (row: CommentRow) => ({ id: row.id, body: row.body, author: row.author, authorUnit: row.author_unit, time: row.created_at });

function threads(db: Db, row: DraftRow): CommentThread[] {
  const rows = commentRows(db, row.id);
  const { blocks, units, places } = draftText(row);
  return rows
    .filter((comment) => comment.thread_id === null)
    .map((root) => {
      const originalAnchor = JSON.parse(root.anchor!) as CommentAnchor;
      const anchor = relocateAnchor(originalAnchor, blocks);
      const unit = anchor ? anchorUnit(units, anchor) : undefined;
      return {
        ...entry(root),
        anchor,
        ...(unit === undefined ? {} : { place: places[unit] }),
        originalAnchor,
        resolvedAt: root.resolved_at,
        resolvedBy: root.resolved_by,
        replies: rows.filter((reply) => reply.thread_id === root.id).map(entry),
      };
    });
}

function loadComment(db: Db, commentId: string): CommentRow {
  const row = provenRow(db, 'comments', db.prepare('SELECT * FROM comments WHERE id = ?').get(commentId) as CommentRow | undefined);
  if (!row) throw new ApiError('not_found', '找不到这条批注，请刷新批注列表。');
  return row;
}

type CommentHandlers = Pick<Handlers, 'comments.list' | 'comments.add' | 'comments.reply' | 'comments.resolve'>;

export function commentHandlers(ctx: ServiceContext): CommentHandlers {
  const { db } = ctx;
  const insert = (draft: DraftRow, threadId: string | null, anchor: CommentAnchor | null, body: string) => {
    const user = requireUser(db);
    const id = randomUUID();
    db.prepare(
      `INSERT INTO comments (id, draft_id, thread_id, revision_id, anchor, body, author, author_unit, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, draft.id, threadId, draft.head_revision_id, anchor && JSON.stringify(anchor), body, user.name, user.unit, ctx.now().toISOString());
    return id;
  };
  const threadOf = (draft: DraftRow, id: string) => threads(db, draft).find((thread) => thread.id === id)!;

  return {
    'comments.list': ({ draftId }) => threads(db, loadDraftRow(db, draftId)),
    'comments.add': ({ draftId, anchor, body }) => {
      const draft = loadDraftRow(db, draftId);
      if (!relocateAnchor(anchor, draftText(draft).blocks)) throw new ApiError('conflict', '选中的文字已不在正文中（可能刚被修改），请重新选中后再批注。');
      return threadOf(draft, insert(draft, null, anchor, body));
    },
    'comments.reply': ({ commentId, body }) => {
      const root = loadComment(db, commentId);
      const threadId = root.thread_id ?? root.id;
      const draft = loadDraftRow(db, root.draft_id);
      insert(draft, threadId, null, body);
      return threadOf(draft, threadId);
    },
    'comments.resolve': ({ commentId, resolved }) => {
      const user = requireUser(db);
      const root = loadComment(db, commentId);
      const threadId = root.thread_id ?? root.id;
      db.prepare('UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ?').run(
        resolved ? ctx.now().toISOString() : null,
        resolved ? user.name : null,
        threadId,
      );
      return threadOf(loadDraftRow(db, root.draft_id), threadId);
    },
  };
}
