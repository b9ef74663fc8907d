import { NO_DEADLINE, type Deadline } from './packageLimits';

/** What of a package's records says how they hang together. */
export interface PackageLinks {
  draft: { headRevisionId: string };
  revisions: readonly { id: string; parents: readonly string[] }[];
  comments: readonly { id: string; threadId: string | null; anchor: unknown }[];
  reviewLog: readonly { id: string }[];
}

/** Whether no id occurs twice among `records`. */
function distinct(records: readonly { id: string }[], deadline: Deadline): boolean {
  const seen = new Set<string>();
  for (const { id } of records) {
    deadline.check();
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** Whether parent links lead back into a revision they start from (iterative: histories run to thousands). */
function hasCycle(parents: ReadonlyMap<string, readonly string[]>, deadline: Deadline): boolean {
  const done = new Set<string>();
  const onPath = new Set<string>();
  for (const root of parents.keys()) {
    if (done.has(root)) continue;
    const stack: [string, number][] = [[root, 0]];
    onPath.add(root);
    while (stack.length > 0) {
      deadline.check();
      const top = stack[stack.length - 1];
      const [id, next] = top;
      const links = parents.get(id) ?? [];
      if (next === links.length) {
        stack.pop();
        onPath.delete(id);
        done.add(id);
        continue;
      }
      top[1] = next + 1;
      const parent = links[next];
      if (onPath.has(parent)) return true;
      if (done.has(parent)) continue;
      onPath.add(parent);
      stack.push([parent, 0]);
    }
  }
  return false;
}

/**
 * Whether a package's records fit together as the app writes them: ids distinct within each kind; the
 * head and every parent among the revisions, no revision its own ancestor and none naming a parent
 * twice; every thread anchored, every reply unanchored and in a thread the package carries. One pass
 * over each list, with maps: linear in the package.
 */
export function packageGraphIsWhole(payload: PackageLinks, deadline: Deadline = NO_DEADLINE): boolean {
  if (!distinct(payload.revisions, deadline) || !distinct(payload.comments, deadline) || !distinct(payload.reviewLog, deadline)) return false;
  const parents = new Map(payload.revisions.map((revision) => [revision.id, revision.parents]));
  if (!parents.has(payload.draft.headRevisionId)) return false;
  for (const links of parents.values()) {
    deadline.check();
    if (new Set(links).size !== links.length || links.some((parent) => !parents.has(parent))) return false;
  }
  if (hasCycle(parents, deadline)) return false;
  const threads = new Set(payload.comments.filter((comment) => comment.threadId === null).map((comment) => comment.id));
  for (const comment of payload.comments) {
    deadline.check();
    const whole = comment.threadId === null ? comment.anchor !== null : comment.anchor === null && threads.has(comment.threadId);
    if (!whole) return false;
  }
  return true;
}
