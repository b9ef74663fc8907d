import { z } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  DEFAULT_RETENTION_SETTINGS,
  describePreview,
  RetentionRunSchema,
  RetentionSettingsSchema,
  type RetentionRun,
  type RetentionSettings,
} from '../../../shared/retention/retentionSettings';
import type { Db } from '../../db/open';
import type { ServiceContext } from '../context';
import { applyRetention, planDraftThinning, policyOf } from './retention';
import { readSetting, writeSetting } from '../settings/records/settings';

const SETTINGS_KEY = 'retention.settings';
const LOG_KEY = 'retention.log';
/** The log keeps this many runs, newest first. */
const LOG_LENGTH = 30;
/** Thinning runs at most this often on its own. */
export const THINNING_INTERVAL_MS = 24 * 3600_000;

export const retentionSettings = (db: Db): RetentionSettings => readSetting(db, SETTINGS_KEY, RetentionSettingsSchema) ?? DEFAULT_RETENTION_SETTINGS;
export const retentionLog = (db: Db): RetentionRun[] => readSetting(db, LOG_KEY, z.array(RetentionRunSchema)) ?? [];

/** Live drafts: one in the 回收站 keeps its whole history until it is restored or removed for good. */
const draftIds = (db: Db) => db.prepare('SELECT id FROM drafts WHERE deleted_at IS NULL ORDER BY created_at').pluck().all() as string[];

/** What the settings would thin now, over every draft. */
export function previewThinning(db: Db, settings: RetentionSettings, now: Date): { revisions: number; drafts: number } {
  if (!settings.enabled) return { revisions: 0, drafts: 0 };
  const counts = draftIds(db).map((id) => planDraftThinning(db, id, now, policyOf(settings)).length);
  return { revisions: counts.reduce((a, b) => a + b, 0), drafts: counts.filter((n) => n > 0).length };
}

function logRun(db: Db, now: Date, trigger: RetentionRun['trigger'], counts: readonly number[]): RetentionRun {
  const run: RetentionRun = { at: now.toISOString(), trigger, removed: counts.reduce((a, b) => a + b, 0), drafts: counts.filter((n) => n > 0).length };
  writeSetting(db, LOG_KEY, [run, ...retentionLog(db)].slice(0, LOG_LENGTH));
  return run;
}

/** Thins every draft by the saved settings in one transaction, and writes the run into the log. */
export function thinEveryDraft(db: Db, now: Date, trigger: RetentionRun['trigger']): RetentionRun {
  return db.transaction(() => {
    const policy = policyOf(retentionSettings(db));
    return logRun(
      db,
      now,
      trigger,
      draftIds(db).map((id) => applyRetention(db, id, now, policy).length),
    );
  })();
}

export function isThinningDue(db: Db, now: Date): boolean {
  if (!retentionSettings(db).enabled) return false;
  const last = retentionLog(db)[0];
  return !last || now.getTime() - Date.parse(last.at) >= THINNING_INTERVAL_MS;
}

/**
 * The scheduled thinning: after the daily backup, then whenever the hourly check finds a day has
 * passed. One draft per transaction, the event loop free between drafts, so the app goes on answering
 * while five years of revisions are thinned; a draft moved to the 回收站 meanwhile is left whole. The
 * run is logged once every draft is done; `going()` turning false (the store closed or replaced)
 * stops it unlogged, and the next check starts it again. Saves are transactions on this same
 * connection, so none can be half-way at a draft; a caller inside a transaction is never thinned under.
 */
export async function thinIfDue(db: Db, now: Date, going: () => boolean = () => true): Promise<RetentionRun | null> {
  if (db.inTransaction || !isThinningDue(db, now)) return null;
  const policy = policyOf(retentionSettings(db));
  const live = db.prepare('SELECT 1 FROM drafts WHERE id = ? AND deleted_at IS NULL').pluck();
  const counts: number[] = [];
  for (const id of draftIds(db)) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!going() || db.inTransaction) return null;
    counts.push(db.transaction(() => (live.get(id) ? applyRetention(db, id, now, policy).length : 0))());
  }
  return logRun(db, now, 'scheduled', counts);
}

export function retentionHandlers(ctx: ServiceContext): Pick<Handlers, 'retention.get' | 'retention.save' | 'retention.preview' | 'retention.run'> {
  const { db } = ctx;
  return {
    'retention.get': () => ({ settings: retentionSettings(db), log: retentionLog(db) }),
    'retention.save': (settings) => {
      writeSetting(db, SETTINGS_KEY, settings);
      return settings;
    },
    'retention.preview': (settings) => {
      const { revisions, drafts } = previewThinning(db, settings, ctx.now());
      return { revisions, drafts, message: settings.enabled ? describePreview(revisions, drafts) : '精简已关闭，不会删除任何版本。' };
    },
    'retention.run': () => {
      if (!retentionSettings(db).enabled) throw new ApiError('conflict', '精简已关闭。要精简，请先打开「精简自动保存的版本」并保存设置。');
      return thinEveryDraft(db, ctx.now(), 'manual');
    },
  };
}
