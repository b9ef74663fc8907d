import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StoreHealth } from '../../shared/model/backup';
import { listBackups } from '../db/backups';
import { startServices } from './services';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dafu-session-')), 'dafu.sqlite3');

describe('the store session', () => {
  it('opens a damaged file in recovery, offers the newest sound backup, and restores it in place', async () => {
    const file = tempDb();
    const first = startServices(file, { scheduledBackups: true });
    await first.upkeep();
    const created = await first.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    expect(created.ok).toBe(true);
    const manual = await first.dispatch('backups.create', {});
    first.close();
    expect(
      listBackups(file)
        .map((b) => b.reason)
        .sort(),
    ).toEqual(['manual', 'scheduled']);

    const bytes = readFileSync(file);
    bytes.fill(0x5a, 100, 4096 * 2);
    writeFileSync(file, bytes);

    const services = startServices(file);
    const health = await services.dispatch('store.health', {});
    expect(health).toMatchObject({ ok: true, value: { status: 'damaged', problem: expect.stringMatching(/已损坏.*备份恢复/) } });
    const offered = (health as { value: StoreHealth }).value.recommended!;
    expect(offered.name).toBe((manual as { value: { name: string } }).value.name);
    expect(await services.dispatch('drafts.list', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/已损坏/) } });

    expect(await services.dispatch('backups.restore', { name: 'dafu-20000101-000000-000-manual.sqlite3' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const restored = await services.dispatch('backups.restore', { name: offered.name });
    expect(restored).toMatchObject({ ok: true, value: { savedCurrent: { reason: 'damaged' } } });
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', problem: null } });
    const drafts = await services.dispatch('drafts.list', {});
    expect(drafts).toMatchObject({ ok: true, value: [{ id: (created as { value: { id: string } }).value.id }] });
    services.close();
  });

  it('takes the daily backup after start only when the last one is a day old', async () => {
    const file = tempDb();
    for (const options of [{ scheduledBackups: true }, { scheduledBackups: true }, {}]) {
      const services = startServices(file, options);
      await services.upkeep();
      services.close();
    }
    expect(listBackups(file).filter((b) => b.reason === 'scheduled')).toHaveLength(1);
  });

  it('a restore while the check after start runs ends the check first, then checks the restored file', async () => {
    const file = tempDb();
    const first = startServices(file);
    const kept = await first.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    const backup = (await first.dispatch('backups.create', {})) as { value: { name: string } };
    await first.dispatch('drafts.create', { templateId: 'zhengxie-lead' });
    first.close();

    const services = startServices(file, { scheduledBackups: true });
    const failures = vi.spyOn(console, 'error');
    let checkEnded = false;
    void services.upkeep().then(() => (checkEnded = true));
    expect(await services.dispatch('backups.restore', { name: backup.value.name })).toMatchObject({ ok: true });
    expect(checkEnded).toBe(true);
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', checking: true } });

    await services.upkeep();
    expect(await services.dispatch('store.health', {})).toMatchObject({ ok: true, value: { status: 'sound', checking: false, damagedDrafts: 0 } });
    expect(await services.dispatch('drafts.list', {})).toMatchObject({ ok: true, value: [{ id: (kept as { value: { id: string } }).value.id }] });
    expect(failures).not.toHaveBeenCalled();
    failures.mockRestore();
    services.close();
  });

  it('refuses a backup name that is not one of its own files', async () => {
    const services = startServices(tempDb());
    expect(await services.dispatch('backups.restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    services.close();
  });
});
