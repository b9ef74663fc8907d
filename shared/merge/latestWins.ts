import type { ValueEvent } from '../model/valueEvent';

export type { ValueEvent };

/**
 * With a server, the last event the server accepted wins; events the server has not seen yet follow
 * everything it accepted (they will be accepted after it); without a server (packages), the later
 * time wins, ties by id, so every PC picks the same winner.
 *
 * Negative when `a` happened before `b` by that rule.
 */
export function compareValueEvents(a: ValueEvent, b: ValueEvent): number {
  if (a.accepted !== null && b.accepted !== null && a.accepted !== b.accepted) return a.accepted - b.accepted;
  if (a.accepted !== null && b.accepted === null) return -1;
  if (a.accepted === null && b.accepted !== null) return 1;
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface FieldOutcome {
  winner: ValueEvent;
  /** The events that lost, oldest first: kept for the log, never applied. */
  losers: ValueEvent[];
}

/** Each field's winning event over every event known for one record, and the ones it beat. */
export function latestWins(events: readonly ValueEvent[]): Map<string, FieldOutcome> {
  const byField = new Map<string, ValueEvent[]>();
  for (const event of events) byField.set(event.field, [...(byField.get(event.field) ?? []), event]);
  const outcome = new Map<string, FieldOutcome>();
  for (const [field, list] of byField) {
    const ordered = [...new Map(list.map((event) => [event.id, event])).values()].sort(compareValueEvents);
    outcome.set(field, { winner: ordered[ordered.length - 1], losers: ordered.slice(0, -1) });
  }
  return outcome;
}

/**
 * What a store must add of the events carried to it: those it lacks by id, and the acceptance order
 * of those it holds that the server has since accepted (an event's body never changes).
 */
export function planValueEvents(
  carried: readonly ValueEvent[],
  stored: ReadonlyMap<string, ValueEvent>,
): { add: ValueEvent[]; accepted: { id: string; accepted: number }[] } {
  const add: ValueEvent[] = [];
  const accepted: { id: string; accepted: number }[] = [];
  const seen = new Set<string>();
  for (const event of carried) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const held = stored.get(event.id);
    if (!held) add.push(event);
    else if (held.accepted === null && event.accepted !== null) accepted.push({ id: event.id, accepted: event.accepted });
  }
  return { add, accepted };
}
