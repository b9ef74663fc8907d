import type { ReviewState } from '../model/draft';
import { REVIEW_STATE_LABELS } from '../model/draft';
import type { SignaturePort } from '../signing/port';
import { eventHash, type ReviewEvent } from '../review/reviewEvent';
import { counts, type EventVerdict } from '../review/verdicts';
import { checkEvent } from './eventCheck';
import type { DraftFacts, TrustView } from './trustView';

export interface Replay {
  /** The draft's review state: where its counted events lead, 起草中 when none count. */
  state: ReviewState;
  /** Every event's verdict, by event id. */
  verdicts: Map<string, EventVerdict>;
  /** The chain hash the draft's next event names as `prev`; null while none counts. */
  tip: string | null;
  /** The counted events' ids, in chain order. */
  counted: string[];
}

const INITIAL: ReviewState = 'drafting';

/** Of two steps taken on the same previous event, the earlier wins; at the same time, the smaller id. */
const firstTaken = (a: ReviewEvent, b: ReviewEvent) => (a.time === b.time ? (a.id < b.id ? -1 : 1) : Date.parse(a.time) - Date.parse(b.time));

/** An event from before signing counts as it did then (the latest step wins); a signed one must follow on from the state. */
const followsOn = (event: ReviewEvent, state: ReviewState) => event.signature === null || event.from === state;

/**
 * The draft's state as the replay of its counted events in chain order. Each event is judged on its
 * own (checkEvent); then the chain is walked from its start: of the events that name the current one
 * as `prev`, count and follow on from the state, the first taken wins and the others are 冲突. An event
 * that passed its own checks but hangs off an event that did not count changes nothing either. The
 * order events arrive in plays no part, and an event listed twice counts once.
 */
export function replayLog(events: readonly ReviewEvent[], facts: DraftFacts, trust: TrustView, port: SignaturePort): Replay {
  const ids = new Set<string>();
  const distinct = events.filter((event) => !ids.has(event.id) && ids.add(event.id));
  const hashes = new Map(distinct.map((event) => [event.id, eventHash(port, event)]));
  const byHash = new Map(distinct.map((event) => [hashes.get(event.id)!, event]));
  const verdicts = new Map(distinct.map((event) => [event.id, checkEvent(event, facts, trust, port)]));
  const children = new Map<string | null, ReviewEvent[]>();
  for (const event of distinct) children.set(event.prev, [...(children.get(event.prev) ?? []), event]);

  const counted: string[] = [];
  const losers = new Map<string, string>();
  const walked = new Set<string | null>();
  let state = INITIAL;
  let at: string | null = null;
  while (!walked.has(at)) {
    walked.add(at);
    const passing: ReviewEvent[] = (children.get(at) ?? []).filter((event) => counts(verdicts.get(event.id)!));
    const fitting: ReviewEvent[] = passing.filter((event) => followsOn(event, state)).sort(firstTaken);
    for (const event of passing) {
      if (!fitting.includes(event)) verdicts.set(event.id, { kind: 'unverified', reason: `与当时的审核状态（${REVIEW_STATE_LABELS[state]}）接不上` });
    }
    const [winner, ...others] = fitting;
    if (winner === undefined) break;
    for (const other of others) {
      verdicts.set(other.id, { kind: 'conflict', winner: winner.id });
      losers.set(hashes.get(other.id)!, winner.id);
    }
    counted.push(winner.id);
    state = winner.to;
    at = hashes.get(winner.id)!;
  }

  // Whatever passed its own checks but lies off the walked chain hangs off something that did not count.
  const onChain = new Set(counted);
  for (const event of distinct) {
    const verdict = verdicts.get(event.id)!;
    if (!counts(verdict) || onChain.has(event.id)) continue;
    verdicts.set(event.id, offChain(event, byHash, losers));
  }
  return { state, verdicts, tip: counted.length ? hashes.get(counted.at(-1)!)! : null, counted };
}

function offChain(event: ReviewEvent, byHash: ReadonlyMap<string, ReviewEvent>, losers: ReadonlyMap<string, string>): EventVerdict {
  const seen = new Set<string>();
  for (let prev = event.prev; prev !== null && !seen.has(prev); prev = byHash.get(prev)!.prev) {
    seen.add(prev);
    const winner = losers.get(prev);
    if (winner) return { kind: 'conflict', winner };
    if (!byHash.has(prev)) return { kind: 'unverified', reason: '本机没有它前面的记录，接不上' };
  }
  return { kind: 'unverified', reason: '它前面有一条记录未计入' };
}
