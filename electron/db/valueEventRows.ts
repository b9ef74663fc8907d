import { planValueEvents } from '../../shared/merge/latestWins';
import type { ValueEvent } from '../../shared/model/valueEvent';
import type { Db } from './open';
import { provenRows } from './rowSums/provenRows';

/**
 * The events that travel for one record (a draft's name and 回收站 place, a case's facts), one row
 * each, in the order they were recorded here; `accepted` is filled in once the team server took one.
 */
interface EventTable {
  table: 'draft_events' | 'case_events';
  owner: 'draft_id' | 'case_id';
}

export const DRAFT_EVENTS: EventTable = { table: 'draft_events', owner: 'draft_id' };
export const CASE_EVENTS: EventTable = { table: 'case_events', owner: 'case_id' };

interface EventRow {
  id: string;
  field: string;
  value: string | null;
  created_at: string;
  author: string;
  accepted: number | null;
}

export function readValueEvents(db: Db, { table, owner }: EventTable, ownerId: string): ValueEvent[] {
  const rows = db.prepare(`SELECT * FROM ${table} WHERE ${owner} = ? ORDER BY rowid`).all(ownerId) as EventRow[];
  return provenRows(db, table, rows).map((row) => ({
    id: row.id,
    field: row.field,
    value: row.value,
    at: row.created_at,
    by: row.author,
    accepted: row.accepted,
  }));
}

export function addValueEvents(db: Db, { table, owner }: EventTable, ownerId: string, events: readonly ValueEvent[]): void {
  const insert = db.prepare(`INSERT INTO ${table} (${owner}, id, field, value, created_at, author, accepted) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const event of events) insert.run(ownerId, event.id, event.field, event.value, event.at, event.by, event.accepted);
}

/**
 * Takes the events carried here (by a package or the server) that this store lacks, and when the
 * server accepted those it holds. Returns whether anything changed.
 */
export function takeValueEvents(db: Db, events: EventTable, ownerId: string, carried: readonly ValueEvent[]): boolean {
  const held = readValueEvents(db, events, ownerId);
  const plan = planValueEvents(carried, new Map(held.map((event) => [event.id, event])));
  addValueEvents(db, events, ownerId, plan.add);
  const update = db.prepare(`UPDATE ${events.table} SET accepted = ? WHERE ${events.owner} = ? AND id = ?`);
  for (const entry of plan.accepted) update.run(entry.accepted, ownerId, entry.id);
  return plan.add.length > 0 || plan.accepted.length > 0;
}

export const countValueEvents = (db: Db, { table, owner }: EventTable, ownerId: string) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${owner} = ?`).pluck().get(ownerId) as number;
