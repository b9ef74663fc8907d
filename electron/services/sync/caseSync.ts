import { z } from 'zod';
import { caseKey } from '../../../shared/cases/caseKey';
import { withoutCoProposers } from '../../../shared/cases/proposers';
import { latestWins } from '../../../shared/merge/latestWins';
import { ValueEventSchema } from '../../../shared/model/valueEvent';
import { PackageCaseSchema } from '../../../shared/review/packageCase';
import { CaseFactsSchema, type CaseFacts } from '../../../shared/cases/caseModel';
import { ApiError } from '../../../shared/api/errors';
import type { Db } from '../../db/open';
import { CASE_EVENTS, countValueEvents, takeValueEvents } from '../../db/valueEventRows';
import { caseEvents } from '../cases/caseEvents';
import { loadCaseRow, toFacts } from '../cases/caseRecords';
import { insertCase, updateCase } from '../cases/cases';
import { carriedCase } from '../packages/packageCase';

/**
 * Cases through the team server: each case with the log of its fact changes goes up until the server
 * acknowledged it; what comes down is found here by id or case key (created when missing), takes the
 * events it lacks, and its facts become the server's first record of the case with, per fact, the
 * event that wins (shared/merge/latestWins): the same on every PC once all have synced.
 */
export const caseAckKey = (caseId: string) => `case:${caseId}`;

export const caseItems = (db: Db, caseId: string) => 1 + countValueEvents(db, CASE_EVENTS, caseId);

export const caseIds = (db: Db) => db.prepare('SELECT id FROM cases ORDER BY created_at, id').pluck().all() as string[];

/** What goes up for one case. Its 附议人 go as events (recordNewCase), never in the record an older app reads. */
export function casePush(db: Db, caseId: string) {
  const row = loadCaseRow(db, caseId) as ReturnType<typeof loadCaseRow> & { case_key: string };
  const carried = carriedCase(db, caseId);
  return { case: { ...carried, facts: withoutCoProposers(carried.facts) }, key: row.case_key, events: caseEvents(db, caseId) };
}

export const PulledCaseSchema = z.object({ case: PackageCaseSchema, key: z.string().min(1).max(400), events: z.array(ValueEventSchema) });
export type PulledCase = z.infer<typeof PulledCaseSchema>;

export const DAMAGED_CASE = '从服务器收到的案件已损坏，没有写入。请告知信息科。';

function parsedValue(value: string | null): unknown {
  try {
    return JSON.parse(value ?? 'null');
  } catch {
    throw new ApiError('conflict', DAMAGED_CASE);
  }
}

/** Brings one case from the server in; call inside a transaction. Returns whether anything here changed. */
export function takeCase(db: Db, pulled: PulledCase, time: string): boolean {
  const found = db
    .prepare('SELECT id FROM cases WHERE id = ? UNION ALL SELECT id FROM cases WHERE case_key = ? LIMIT 1')
    .pluck()
    .get(pulled.case.id, pulled.key) as string | undefined;
  const caseId = found ?? insertCase(db, pulled.case.facts, pulled.key, pulled.case.createdAt, pulled.case.id);
  if (!found) {
    db.prepare('UPDATE cases SET status = ?, satisfaction = ? WHERE id = ?').run(pulled.case.status, pulled.case.satisfaction, caseId);
  }
  takeValueEvents(db, CASE_EVENTS, caseId, pulled.events);
  const events = caseEvents(db, caseId);

  const facts: Record<string, unknown> = { ...pulled.case.facts };
  const winners = latestWins(events);
  for (const [fact, outcome] of winners) if (fact in facts) facts[fact] = parsedValue(outcome.winner.value);
  // A value no fact can hold (a damaged event, or one from a server gone wrong) is refused before anything is written.
  const checked = CaseFactsSchema.safeParse(facts);
  if (!checked.success) throw new ApiError('conflict', DAMAGED_CASE);
  const next = checked.data;
  const current = toFacts(loadCaseRow(db, caseId));
  // A case first sent by an older PC carries no 附议人; removing them here is always an event, so without one they stay.
  if (!winners.has('coProposers') && next.coProposers.length === 0) next.coProposers = current.coProposers;
  if ((Object.keys(next) as (keyof CaseFacts)[]).every((fact) => JSON.stringify(current[fact]) === JSON.stringify(next[fact]))) return !found;
  updateCase(db, caseId, next, caseKey(next.kind, next.session, next.number), {}, time);
  return true;
}
