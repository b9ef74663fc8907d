import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFTER, reviewPc, typeParagraph } from '../../testing/reviewTestKit';
import { fakeIo } from '../../testing/storeFixture';
import { runCli } from '../run';

describe('dafu package import on a PC that has no database yet', () => {
  it('creates the database, as dafu import does, and the draft is there to search; only a missing folder is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-package-fresh-'));
    const [here, fresh, packageFile] = [join(dir, 'pc1.sqlite3'), join(dir, 'pc2.sqlite3'), join(dir, '答复.dafu')];
    const drafter = reviewPc(here);
    drafter.as(DRAFTER);
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await typeParagraph(drafter, draft.id, '柳州螺蛳粉全产业链销售收入超600亿元。');
    drafter.ctx.db.close();
    expect(await runCli(['package', 'export', draft.id, '-o', packageFile, '--db', here], fakeIo().io)).toBe(0);

    expect(existsSync(fresh)).toBe(false);
    const imported = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', fresh], imported.io)).toBe(0);
    expect(imported.out[0]).toMatch(new RegExp(`^新建草稿「.+」（${draft.id}）$`));
    const found = fakeIo();
    expect(await runCli(['search', '螺蛳粉', '--json', '--db', fresh], found.io)).toBe(0);
    expect(found.out.join('\n')).toContain(draft.id);

    const nowhere = fakeIo();
    expect(await runCli(['package', 'import', packageFile, '--db', join(dir, 'nowhere', 'x.sqlite3')], nowhere.io)).toBe(2);
    expect(nowhere.err.join('\n')).toContain('数据库所在的文件夹不存在');
  });
});
