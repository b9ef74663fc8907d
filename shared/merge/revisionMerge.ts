import { parentsFirst, type PackageRevision } from '../review/packageFormat';
import { filedElsewhere, identityClashMessage } from './identityClash';

export const REVISION_CLASH = '草稿包中有一个版本与本机同编号的版本内容不同，不能导入。请让对方重新导出一份。';
export const HEAD_THINNED_HERE = '草稿包的当前稿在本机已按保留规则清理过，不能导入。请让对方在当前稿上再保存一次（Ctrl+S）后重新导出。';

/** What the store holds of a package's revisions, looked up by their ids. */
export interface StoredRevisions {
  /** The content hash of each of them the store already has, whichever draft it is filed under. */
  hashes: ReadonlyMap<string, string>;
  /** Those the store thinned: their tombstones keep them from being pulled back. */
  thinned: ReadonlySet<string>;
  /** The draft each of them the store has or thinned is filed under. */
  drafts: ReadonlyMap<string, string>;
}

/** What the merge reads of a carried revision: the rest (its text, or its bytes prepared for the store) travels along. */
export type CarriedRevision = Pick<PackageRevision, 'id' | 'parents' | 'hash'>;

/** A revision to add, linked only to the parents the store will hold (a parent thinned here is left out). */
export interface RevisionToAdd<R extends CarriedRevision = PackageRevision> {
  revision: R;
  parents: string[];
}

export type RevisionPlan<R extends CarriedRevision = PackageRevision> =
  { refused: false; add: RevisionToAdd<R>[] } | { refused: true; revisionId: string; reason: string };

/**
 * Revisions are an append-only set known by id and content hash: the package's revisions the store
 * lacks are added, parents first; one it holds with the same hash is already here; one it holds with
 * another hash means one side is damaged, and the whole package is refused. A revision belongs to one
 * draft: one the store files (or thinned) under another draft refuses the package. A revision thinned
 * here stays thinned, but not the package's head, which the draft's line would start from.
 */
export function planRevisions<R extends CarriedRevision>(
  draft: { id: string; headRevisionId: string },
  carried: readonly R[],
  stored: StoredRevisions,
): RevisionPlan<R> {
  const elsewhere = filedElsewhere(
    draft.id,
    carried.map((revision) => revision.id),
    stored.drafts,
  );
  if (elsewhere !== undefined) return { refused: true, revisionId: elsewhere, reason: identityClashMessage('版本', elsewhere) };
  if (stored.thinned.has(draft.headRevisionId) && !stored.hashes.has(draft.headRevisionId)) {
    return { refused: true, revisionId: draft.headRevisionId, reason: HEAD_THINNED_HERE };
  }
  const known = new Map(stored.hashes);
  const add: RevisionToAdd<R>[] = [];
  for (const revision of parentsFirst(carried)) {
    const hash = known.get(revision.id);
    if (hash !== undefined) {
      if (hash !== revision.hash) return { refused: true, revisionId: revision.id, reason: REVISION_CLASH };
      continue;
    }
    if (stored.thinned.has(revision.id)) continue;
    add.push({ revision, parents: revision.parents.filter((parent) => known.has(parent)) });
    known.set(revision.id, revision.hash);
  }
  return { refused: false, add };
}
