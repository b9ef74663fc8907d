import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrate } from '../../db/migrate';
import { verifyStore } from '../store/storeVerification';
import { makeTestContext } from '../../testing/testContext';
import { findIdentityClashes } from './identityClashes';
import type { DamagedRevision } from './storeCheck';

async function twoDrafts() {
  const pc = makeTestContext();
  const lead = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const other = await pc.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  return { ...pc, db: pc.ctx.db, lead, other };
}

describe('finding revisions that one draft names and another owns', () => {
  it('finds nothing in a store the app wrote, nor in the stores older versions left', async () => {
    const { db, handlers, lead } = await twoDrafts();
    await handlers['revisions.checkpoint']({ draftId: lead.id, note: '初稿' });
    expect(findIdentityClashes(db)).toEqual([]);
    for (const fixture of ['schema-v1', 'schema-v2']) {
      const old = new Database(new Database(`electron/db/fixtures/${fixture}.sqlite3`, { readonly: true }).serialize());
      migrate(old);
      expect(findIdentityClashes(old)).toEqual([]);
    }
  });

  it("finds a draft whose head is another draft's revision, as an older version's package import left it, and still after that draft is purged", async () => {
    const { db, handlers, lead, other } = await twoDrafts();
    // What importing a package that carried the lead draft's revisions under a new draft id did before this check existed.
    db.prepare('UPDATE drafts SET head_revision_id = ? WHERE id = ?').run(lead.base.revisionId, other.id);
    // Listed as the store check lists damaged revisions, so `dafu check` reports them with those.
    const asDamage: DamagedRevision[] = findIdentityClashes(db);
    expect(asDamage).toEqual([
      {
        draftId: other.id,
        revisionId: lead.base.revisionId,
        message: `当前版本 ${lead.base.revisionId} 属于另一份草稿 ${lead.id}（编号冲突，可能来自被改动过的草稿包）。`,
      },
    ]);
    expect(verifyStore(db, latestVersion()).revisions.damaged).toEqual(expect.arrayContaining(asDamage));

    await handlers['drafts.delete']({ draftId: lead.id });
    await handlers['drafts.purge']({ draftId: lead.id, confirm: true });
    expect(findIdentityClashes(db)).toEqual([
      { draftId: other.id, revisionId: lead.base.revisionId, message: `当前版本 ${lead.base.revisionId} 不存在（它可能属于另一份已彻底删除的草稿）。` },
    ]);
  });

  it("finds a revision whose parent, delta base or waiting line is another draft's", async () => {
    const { db, lead, other } = await twoDrafts();
    const [mine, theirs] = [other.base.revisionId, lead.base.revisionId];
    db.prepare('INSERT INTO revision_parents (revision_id, parent_id, position) VALUES (?, ?, 0)').run(mine, theirs);
    db.prepare("UPDATE revisions SET encoding = 'delta+br', base_id = ? WHERE id = ?").run(theirs, mine);
    db.prepare('INSERT INTO pending_merges (draft_id, revision_id, created_at) VALUES (?, ?, ?)').run(other.id, theirs, '2026-05-26T02:00:00Z');
    expect(findIdentityClashes(db).map((clash) => [clash.draftId, clash.message])).toEqual([
      [other.id, `版本 ${mine} 的上一版本 ${theirs} 属于另一份草稿 ${lead.id}。`],
      [other.id, `版本 ${mine} 存储时依据的版本 ${theirs} 属于另一份草稿 ${lead.id}。`],
      [other.id, `待合并的版本 ${theirs} 属于另一份草稿 ${lead.id}。`],
    ]);
  });
});
