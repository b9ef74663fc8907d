/** Each revision's parents as the store links them, first parent first; a revision missing here has none. */
export type ParentLinks = ReadonlyMap<string, readonly string[]>;

/** Whether `ancestor` is `revision` itself or reachable from it through parent links. */
export function isAncestor(parents: ParentLinks, ancestor: string, revision: string): boolean {
  const seen = new Set([revision]);
  const stack = [revision];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === ancestor) return true;
    for (const parent of parents.get(id) ?? []) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      stack.push(parent);
    }
  }
  return false;
}
