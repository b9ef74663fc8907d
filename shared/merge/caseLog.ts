import { z } from 'zod';
import { compareValueEvents } from './latestWins';
import type { ValueEvent } from '../model/valueEvent';
import { chineseDate } from '../cases/calendar';
import type { CaseFacts } from '../cases/caseModel';
import { CASE_FACT_LABELS as FACT_LABELS, shownFact } from '../cases/factLabels';

/** One change of a case fact as the case's 修改记录 shows it: who, when, which fact, from what to what. */
export const CaseLogEntrySchema = z.object({
  field: z.string(),
  label: z.string(),
  by: z.string(),
  at: z.string(),
  /** What the fact was before, as shown; null for its first recorded change (the value before it was not logged). */
  from: z.string().nullable(),
  to: z.string(),
});
export type CaseLogEntry = z.infer<typeof CaseLogEntrySchema>;

const EMPTY = '（空）';

/** A fact's value (JSON, as its event carries it) as the clerk reads it. */
function shown(field: string, json: string | null): string {
  let value: unknown;
  try {
    value = json === null ? null : JSON.parse(json);
  } catch {
    return json ?? EMPTY;
  }
  if ((field === 'assignedOn' || field === 'dueOn') && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return chineseDate(value);
  return shownFact(field, value) || EMPTY;
}

/**
 * The case's 修改记录, newest first: every change of a fact, on whichever PC it was made, in the
 * order that decides which one stands (shared/merge/latestWins), so the newest of each fact is its
 * value now and each change reads from the value it replaced.
 */
export function caseLog(events: readonly ValueEvent[]): CaseLogEntry[] {
  const ordered = [...new Map(events.map((event) => [event.id, event])).values()].sort(compareValueEvents);
  const last = new Map<string, string>();
  const entries = ordered.map((event) => {
    const to = shown(event.field, event.value);
    const entry = {
      field: event.field,
      label: FACT_LABELS[event.field as keyof CaseFacts] ?? event.field,
      by: event.by,
      at: event.at,
      from: last.get(event.field) ?? null,
      to,
    };
    last.set(event.field, to);
    return entry;
  });
  return entries.reverse();
}
