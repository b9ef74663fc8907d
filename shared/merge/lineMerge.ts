import type { ReviewState } from '../model/draft';
import { isLocked } from '../review/reviewStates';
import { isAncestor, type ParentLinks } from './revisionGraph';

export const DRAFT_IN_RECYCLE_BIN = '这份草稿在本机的回收站里。请先从回收站还原它，再导入草稿包。';

/** Why a package may not come into the draft as it is here, or null when it may. */
export const draftRefusal = (here: { deleted: boolean }): string | null => (here.deleted ? DRAFT_IN_RECYCLE_BIN : null);

/** A draft this store already had, once the package's revisions and review events were added. */
export interface LineSides {
  /** `edited`: the draft here is not exactly the package's head (another head, or text typed since). */
  local: { head: string; state: ReviewState; edited: boolean };
  /** `verified`: the package's head carries a signature this PC verifies (see checkRevision); only then may it move the current line. */
  carried: { head: string; state: ReviewState; verified: boolean };
  /** The state the draft's review log now ends in, and whether the package added events to it. */
  log: { state: ReviewState; grew: boolean };
  /** The parent links of every revision the two heads descend from. */
  parents: ParentLinks;
}

export interface LinePlan {
  current: 'local' | 'imported';
  /** Both PCs edited: one line is current and the other waits to be merged. */
  diverged: boolean;
  /** The review state the draft is left in. */
  state: ReviewState;
  /** The revision whose text becomes the working copy; null when the working copy here stays. */
  head: string | null;
  /** The line that waits to be merged (待合并); null when none. */
  waits: string | null;
  /** Lines already waiting here that the new head contains: they wait no more. */
  merged: string[];
}

const signedOnlyThere = (sides: LineSides) => isLocked(sides.carried.state) && !isLocked(sides.local.state);

/**
 * The plan when the line here already contains the package's head and stays current, taking the
 * state the review log now ends in if the package added events; null when the local edits must
 * first be kept as a revision and the lines compared (`chooseLine`). A line signed off only on the
 * other PC is never hidden behind edits made here.
 */
export function keepLocalLine(sides: LineSides): LinePlan | null {
  if (!isAncestor(sides.parents, sides.carried.head, sides.local.head)) return null;
  if (signedOnlyThere(sides) && sides.local.edited) return null;
  return { current: 'local', diverged: false, state: sides.log.grew ? sides.log.state : sides.local.state, head: null, waits: null, merged: [] };
}

/**
 * Which line is current once the local edits were kept as the revision `localTip` (the local head
 * when there were none); `waiting` are the lines already waiting to be merged here. A package head
 * that does not verify waits to be merged (待合并) and is never fast-forwarded to. When the package's
 * line contains the local one it moves this PC forward. When both PCs edited, both lines are kept: the
 * local one stays current and the imported one waits, unless only the imported one is signed off,
 * which then becomes current and the local one waits.
 */
export function chooseLine(sides: LineSides, localTip: string, waiting: readonly string[]): LinePlan {
  const { carried, parents } = sides;
  // A head nobody this PC trusts has signed never replaces the text here: it waits beside it, to be compared.
  if (!carried.verified)
    return { current: 'local', diverged: !isAncestor(parents, localTip, carried.head), state: sides.log.state, head: null, waits: carried.head, merged: [] };
  if (isAncestor(parents, localTip, carried.head)) {
    const merged = waiting.filter((line) => isAncestor(parents, line, carried.head));
    return { current: 'imported', diverged: false, state: sides.log.state, head: carried.head, waits: null, merged };
  }
  if (signedOnlyThere(sides)) return { current: 'imported', diverged: true, state: carried.state, head: carried.head, waits: localTip, merged: [] };
  return { current: 'local', diverged: true, state: sides.local.state, head: null, waits: carried.head, merged: [] };
}
