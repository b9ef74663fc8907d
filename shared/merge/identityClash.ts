/**
 * Every record a package carries is known by its UUID everywhere: a revision, comment or review event
 * belongs to one draft for good. A package that names, under its draft, a record this store files
 * under another draft (a revision id reused under a new draft id, say) would tie the two drafts
 * together, so that removing one breaks the other: such a package is refused whole.
 */
export type CarriedRecord = '版本' | '批注' | '审核记录';

export const identityClashMessage = (record: CarriedRecord, id: string) =>
  `草稿包中的${record}（编号 ${id}）在本机属于另一份草稿，不能导入，本机的数据没有改动。这个文件可能被改动过，请让对方重新导出一份。`;

/** The first of `ids` that this store files under a draft other than `draftId` (`owners`: id → draft), or undefined. */
export function filedElsewhere(draftId: string, ids: Iterable<string>, owners: ReadonlyMap<string, string>): string | undefined {
  for (const id of ids) {
    const owner = owners.get(id);
    if (owner !== undefined && owner !== draftId) return id;
  }
  return undefined;
}
