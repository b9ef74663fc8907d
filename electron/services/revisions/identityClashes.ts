import type { Db } from '../../db/open';

/** A stored record that ties a draft to a revision it does not own; `draftId` is the draft that names it. */
export interface IdentityClash {
  draftId: string;
  revisionId: string;
  message: string;
}

interface Link {
  draftId: string;
  revisionId: string;
  other: string | null;
  owner: string | null;
}

/** Each query lists links from a draft's records to a revision filed under another draft: one join on keys, linear in the store. */
const CLASHES: [sql: string, describe: (link: Link) => string][] = [
  [
    `SELECT d.id AS draftId, d.head_revision_id AS revisionId, NULL AS other, r.draft_id AS owner
       FROM drafts d LEFT JOIN revisions r ON r.id = d.head_revision_id
      WHERE r.id IS NULL OR r.draft_id <> d.id`,
    ({ revisionId, owner }) =>
      owner === null
        ? `当前版本 ${revisionId} 不存在（它可能属于另一份已彻底删除的草稿）。`
        : `当前版本 ${revisionId} 属于另一份草稿 ${owner}（编号冲突，可能来自被改动过的草稿包）。`,
  ],
  [
    `SELECT c.draft_id AS draftId, c.id AS revisionId, p.parent_id AS other, r.draft_id AS owner
       FROM revision_parents p JOIN revisions c ON c.id = p.revision_id JOIN revisions r ON r.id = p.parent_id
      WHERE r.draft_id <> c.draft_id`,
    ({ revisionId, other, owner }) => `版本 ${revisionId} 的上一版本 ${other} 属于另一份草稿 ${owner}。`,
  ],
  [
    `SELECT c.draft_id AS draftId, c.id AS revisionId, c.base_id AS other, r.draft_id AS owner
       FROM revisions c JOIN revisions r ON r.id = c.base_id
      WHERE r.draft_id <> c.draft_id`,
    ({ revisionId, other, owner }) => `版本 ${revisionId} 存储时依据的版本 ${other} 属于另一份草稿 ${owner}。`,
  ],
  [
    `SELECT m.draft_id AS draftId, m.revision_id AS revisionId, NULL AS other, r.draft_id AS owner
       FROM pending_merges m JOIN revisions r ON r.id = m.revision_id
      WHERE r.draft_id <> m.draft_id`,
    ({ revisionId, owner }) => `待合并的版本 ${revisionId} 属于另一份草稿 ${owner}。`,
  ],
];

/**
 * Finds revisions that one draft names but another owns: a head, a parent, a delta base or a line
 * waiting to be merged filed under another draft, or a head that no longer exists. A revision belongs
 * to one draft for good; such a link (left by a package that reused another draft's revision ids)
 * breaks the first draft once the other is removed. Empty for a sound store.
 */
export function findIdentityClashes(db: Db): IdentityClash[] {
  return CLASHES.flatMap(([sql, describe]) =>
    (db.prepare(sql).all() as Link[]).map((link) => ({ draftId: link.draftId, revisionId: link.revisionId, message: describe(link) })),
  );
}
