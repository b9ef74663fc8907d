import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';
import { listBackups } from '../backups';
import { latestVersion, schemaVersion } from '../migrate';
import { openDatabase } from '../open';
import { damagedRecords, summedRowCount } from './damagedRecords';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'schema-v7.sqlite3');

describe('a database from before rows carried checksums (schema version 7)', () => {
  it('is backed up, upgraded, and every row gets a checksum that proves what it held', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dafu-upgrade-')), 'dafu.sqlite3');
    copyFileSync(fixture, file);
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(listBackups(file).map((backup) => backup.reason)).toEqual(['before-migration']);
    expect(damagedRecords(db)).toEqual([]);
    expect(summedRowCount(db)).toBeGreaterThan(30);
    db.close();

    const { handlers } = makeTestContext(file);
    expect((await handlers['profile.get']({})).fullName).toBe('柳州市市场监督管理局');
    expect((await handlers['retention.get']({})).settings.enabled).toBe(false);
    const [caseSummary] = await handlers['cases.list']({});
    const detail = await handlers['cases.get']({ caseId: caseSummary.id });
    expect(detail).toMatchObject({ number: '011', dueOn: '2023-07-20', facts: { proposer: '九三学社柳州市委员会' } });
    const [draft] = detail.drafts;
    expect(draft.reviewState).toBe('submitted');
    expect((await handlers['comments.list']({ draftId: draft.id })).map((thread) => thread.body)).toEqual(['请核对数据']);
    expect((await handlers['docNumbers.list']({ year: 2026 })).map((entry) => entry.text)).toEqual(['柳市监函〔2026〕1号']);
  });
});
