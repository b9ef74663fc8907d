import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { FieldDefinition } from '../../../shared/fields/fieldDefinition';
import type { Db } from '../../db/open';
import { parseBackupName } from '../../db/backups';
import { draftRecordDamage } from '../../db/rowSums/draftRows';
import { overwritingDamage, summedColumns, type SummedTable } from '../../db/rowSums/rowSums';
import type { ServiceContext } from '../context';
import { insertRevision, overwriteRevision, readSnapshot, type RevisionCopy, type Snapshot } from '../revisions/graph/revisionStore';
import { newestGoodRevision, survivingDefinitions, survivingWorkingCopy } from './damagedDraft';
import { readBackup, soundDraftRow } from './draftBackups';
import { describeLetter, loadDraftRow, readDraftRow, toDraft, type DraftRow } from './records/draftRecords';
import { readWorkingCopy } from './records/workingCopy';

/** What the recovered draft row is made of; every column the damaged row cannot vouch for comes from here. */
interface Recovered extends Snapshot {
  definitions: FieldDefinition[];
  head: string;
  name?: string | null;
  templateId?: string | null;
  createdAt?: string;
  seq?: number;
}

/**
 * Writes the draft's row afresh: its text and head as recovered, each other column as it is when it
 * matches its checksum, else from the recovery's source. The review state, case and 回收站 mark are
 * indexed, so the integrity check at opening has proven them already. The working sequence moves on,
 * so no editor still holding an older base can save over the recovered text.
 */
function writeRecoveredRow(ctx: ServiceContext, row: DraftRow, damaged: readonly string[], next: Recovered, time: string): void {
  const sound = (column: string) => !damaged.includes(column);
  const { title, chars } = describeLetter(next.content, next.definitions, next.fields);
  const seq = Math.max(sound('working_seq') ? row.working_seq : 0, next.seq ?? 0, sound('working_seq') ? 0 : Math.floor(Date.parse(time) / 1000)) + 1;
  ctx.db
    .prepare(
      `UPDATE drafts SET title = ?, name = ?, template_id = ?, field_definitions = ?, fields = ?, content = ?, chars = ?, head_revision_id = ?,
         working_seq = ?, working_changed_at = NULL, created_at = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      title,
      sound('name') ? row.name : (next.name ?? null),
      sound('template_id') ? row.template_id : (next.templateId ?? null),
      JSON.stringify(next.definitions),
      JSON.stringify(next.fields),
      JSON.stringify(next.content),
      chars,
      next.head,
      seq,
      sound('created_at') ? row.created_at : (next.createdAt ?? time),
      time,
      row.id,
    );
}

/** The clerk accepts what is shown (the surviving working copy, or the newest good revision) and writes on from it. */
function continueFromShown(ctx: ServiceContext, row: DraftRow, damaged: readonly string[], shownRevisionId: string | null): void {
  const { db } = ctx;
  const working = survivingWorkingCopy(row, damaged);
  const good = newestGoodRevision(db, row.id);
  const text = working ?? good;
  if (!text) throw new ApiError('conflict', '这份草稿没有完好的内容可以接着写。请从备份恢复这份草稿，或运行 dafu check 查看详情。');
  if ((working ? null : good!.id) !== shownRevisionId) throw new ApiError('conflict', '这份草稿显示的内容已经变了，请重新打开它再选择。');
  ctx.store?.keepDamaged();
  const time = ctx.now().toISOString();
  db.transaction(() =>
    overwritingDamage(db, () => {
      const definitions = survivingDefinitions(ctx, row, damaged, text.fields);
      let head = working && !damaged.includes('head_revision_id') ? row.head_revision_id : good?.id;
      const { chars } = describeLetter(text.content, definitions, text.fields);
      head ??= insertRevision(db, {
        draftId: row.id,
        kind: 'checkpoint',
        parents: [],
        author: ctx.author,
        time,
        note: '损坏修复时保存的正文',
        content: text.content,
        fields: text.fields,
        chars,
      }).id;
      writeRecoveredRow(ctx, row, damaged, { content: text.content, fields: text.fields, definitions, head }, time);
    }),
  )();
}

/** The backup's copy of a row, by its key columns; only the columns both stores have. */
function copyRow(db: Db, backup: Db, table: SummedTable, keys: Record<string, unknown>): boolean {
  const where = Object.keys(keys)
    .map((column) => `"${column}" = @${column}`)
    .join(' AND ');
  const source = backup.prepare(`SELECT * FROM ${table} WHERE ${where}`).get(keys) as Record<string, unknown> | undefined;
  if (!source) return false;
  const columns = summedColumns(db, table).filter((column) => column in source && !(column in keys));
  const values = Object.fromEntries(columns.map((column) => [column, source[column]]));
  db.prepare(`UPDATE ${table} SET ${columns.map((column) => `"${column}" = @${column}`).join(', ')} WHERE ${where}`).run({ ...values, ...keys });
  return true;
}

interface BackupDraft {
  row: DraftRow;
  working: Snapshot;
  revisions: RevisionCopy[];
}

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * Brings one draft back from a backup that holds it sound, without rolling back any other draft:
 * its damaged revisions, links, comments and review records are written again from the backup; a
 * lost working copy comes back as a new revision of the backup's text (the good revisions here stay,
 * so nothing newer is lost), and the other damaged columns of the draft come from the backup.
 */
function recoverFromBackup(ctx: ServiceContext, row: DraftRow, damaged: readonly string[], name: string): void {
  const { db } = ctx;
  if (!ctx.store) throw new ApiError('forbidden', '当前没有数据库文件（只在内存中），没有备份可用。');
  const damagedHere = draftRecordDamage(db, row.id);
  const revisionIds = [...new Set(damagedHere.filter((record) => record.table === 'revisions').map((record) => record.key))];
  const found = readBackup(ctx.store.backupFile(name), (backup): BackupDraft | null => {
    const draft = soundDraftRow(backup, row.id);
    if (!draft) return null;
    const revisions = revisionIds.flatMap((id): RevisionCopy[] => {
      const stored = backup.prepare('SELECT * FROM revisions WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      if (!stored) return [];
      const meta = stored as {
        draft_id: string;
        kind: RevisionCopy['kind'];
        author: string;
        created_at: string;
        note: string | null;
        hash: string;
        chars: number;
      };
      return [
        {
          id,
          draftId: meta.draft_id,
          kind: meta.kind,
          author: meta.author,
          time: meta.created_at,
          note: meta.note,
          hash: meta.hash,
          chars: meta.chars,
          ...readSnapshot(backup, id),
        },
      ];
    });
    return { row: draft, working: readWorkingCopy(draft), revisions };
  });
  if (!found) throw new ApiError('conflict', '这份备份里没有这份草稿完好的内容（或备份本身读不出来），请选另一份备份。');
  ctx.store.keepDamaged();
  const time = ctx.now().toISOString();
  db.transaction(() =>
    overwritingDamage(db, () => {
      for (const revision of found.revisions) overwriteRevision(db, revision);
      readBackup(ctx.store!.backupFile(name), (backup) => {
        copyRows(db, backup, row.id, damagedHere);
      });
      const working = survivingWorkingCopy(row, damaged);
      const from = found.row;
      const definitions = damaged.includes('field_definitions')
        ? (JSON.parse(from.field_definitions) as FieldDefinition[])
        : (JSON.parse(row.field_definitions) as FieldDefinition[]);
      let head: string;
      let text: Snapshot;
      if (working) {
        text = working;
        head = !damaged.includes('head_revision_id') ? row.head_revision_id : (newestGoodRevision(db, row.id)?.id ?? from.head_revision_id);
      } else {
        // The backup's text comes back as a revision of its own, after the newest good one here.
        text = found.working;
        const parent = newestGoodRevision(db, row.id)?.id;
        const { chars } = describeLetter(text.content, definitions, text.fields);
        head = insertRevision(db, {
          draftId: row.id,
          kind: 'restore',
          parents: parent ? [parent] : [],
          author: ctx.author,
          time,
          note: `从 ${localTime(found.row.updated_at)} 保存、${localTime(parseBackupName(name)!.createdAt.toISOString())} 备份的内容恢复（数据库中的正文已损坏）`,
          ...text,
          chars,
        }).id;
      }
      writeRecoveredRow(
        ctx,
        row,
        damaged,
        { ...text, definitions, head, name: from.name, templateId: from.template_id, createdAt: from.created_at, seq: from.working_seq },
        time,
      );
    }),
  )();
}

/** Comments, review records, links and pending merges of the draft that are damaged here, written again as the backup has them. */
function copyRows(db: Db, backup: Db, draftId: string, damagedHere: ReturnType<typeof draftRecordDamage>): void {
  for (const record of damagedHere) {
    if (record.table === 'comments' || record.table === 'review_events') copyRow(db, backup, record.table, { id: record.key });
    if (record.table === 'revision_parents') {
      const positions = backup.prepare('SELECT position FROM revision_parents WHERE revision_id = ?').pluck().all(record.key) as number[];
      for (const position of positions) copyRow(db, backup, 'revision_parents', { revision_id: record.key, position });
    }
    if (record.table === 'pending_merges') copyRow(db, backup, 'pending_merges', { draft_id: draftId, revision_id: record.key });
  }
}

/** The clerk's decision on a damaged draft: write on from what is shown, or bring the draft back from a backup. */
export function draftRecoveryHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.recover'> {
  const { db } = ctx;
  return {
    'drafts.recover': ({ draftId, source }) => {
      const { row, damaged } = readDraftRow(db, draftId);
      if (damaged.length > 0) {
        if (source.kind === 'backup') recoverFromBackup(ctx, row, damaged, source.name);
        else continueFromShown(ctx, row, damaged, source.revisionId);
      }
      return toDraft(loadDraftRow(db, draftId));
    },
  };
}
