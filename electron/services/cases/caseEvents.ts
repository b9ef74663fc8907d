import { randomUUID } from 'node:crypto';
import type { CaseFacts } from '../../../shared/cases/caseModel';
import type { ValueEvent } from '../../../shared/model/valueEvent';
import type { Db } from '../../db/open';
import { addValueEvents, CASE_EVENTS, readValueEvents } from '../../db/valueEventRows';

/**
 * The case's log: each change of one of its facts as an event (the fact, its new value as JSON, who,
 * when), which travels to the other PCs through the team server. Per fact the latest wins
 * (shared/merge/latestWins); the events that lost stay here, in the log.
 */
export const caseEvents = (db: Db, caseId: string): ValueEvent[] => readValueEvents(db, CASE_EVENTS, caseId);

/**
 * A case registered on this PC with 附议人 logs them as a change: the case's first record on the team
 * server carries none (an app from before them would refuse the case), so they travel as this event.
 */
export function recordNewCase(db: Db, caseId: string, facts: CaseFacts, at: string, by: string): void {
  recordFactChanges(db, caseId, { ...facts, coProposers: [] }, facts, at, by);
}

/** Records, as events, the facts a change on this PC made different. */
export function recordFactChanges(db: Db, caseId: string, before: CaseFacts, after: CaseFacts, at: string, by: string): void {
  const changed = (Object.keys(after) as (keyof CaseFacts)[]).filter((fact) => JSON.stringify(before[fact]) !== JSON.stringify(after[fact]));
  if (changed.length === 0) return;
  const events = changed.map((fact) => ({ id: randomUUID(), field: fact, value: JSON.stringify(after[fact]), at, by, accepted: null }));
  addValueEvents(db, CASE_EVENTS, caseId, events);
}
