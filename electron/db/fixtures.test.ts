import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resourcesDir } from '../app/paths';
import { createHandlers } from '../app/handlers';
import { snapshotHash } from '../services/revisions/graph/revisionStore';
import { verifyRevisions } from '../services/revisions/storeCheck';
import { loadTemplates } from '../services/templates/templates';
import { listBackups } from './backups';
import { integrityProblems } from './integrity';
import { DatabaseFromNewerAppError, latestVersion, schemaVersion } from './migrate';
import { openDatabase } from './open';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const RELEASED = [1, 2, 7];

function copyOf(version: number): string {
  const file = join(mkdtempSync(join(tmpdir(), `dafu-fixture-v${version}-`)), 'dafu.sqlite3');
  copyFileSync(join(fixtures, `schema-v${version}.sqlite3`), file);
  return file;
}

interface Expected {
  drafts: { id: string; title: string; workingHash: string; headRevisionId: string }[];
  revisions: Record<string, string>;
}

describe.each(RELEASED)('a database from schema version %i', (version) => {
  const expected = JSON.parse(readFileSync(join(fixtures, `schema-v${version}.expected.json`), 'utf8')) as Expected;

  it('opens, is backed up first, upgrades, and keeps every draft, working copy and revision', async () => {
    const file = copyOf(version);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(integrityProblems(db)).toEqual([]);
    if (version < latestVersion()) expect(listBackups(file).map((b) => b.reason)).toEqual(['before-migration']);

    const handlers = createHandlers({ db, templates: loadTemplates(join(resourcesDir(), 'templates')), author: '王晶', now: () => new Date() });
    for (const draft of expected.drafts) {
      const loaded = await handlers['drafts.get']({ draftId: draft.id });
      expect(snapshotHash({ content: loaded.content, fields: loaded.fields })).toBe(draft.workingHash);
      expect(loaded.base.revisionId).toBe(draft.headRevisionId);
      const history = await handlers['revisions.list']({ draftId: draft.id });
      for (const revision of history) expect(revision.hash).toBe(expected.revisions[revision.id]);
    }
    const stored = db.prepare('SELECT id, hash FROM revisions').all() as { id: string; hash: string }[];
    expect(Object.fromEntries(stored.map((row) => [row.id, row.hash]))).toEqual(expected.revisions);
    expect(verifyRevisions(db).damaged).toEqual([]);
    db.close();
  });
});

describe('a database from a newer app', () => {
  it('is refused without a byte of it changed and without a journal left beside it', () => {
    const file = copyOf(RELEASED.at(-1)!);
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseFromNewerAppError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(listBackups(file)).toEqual([]);
  });
});
