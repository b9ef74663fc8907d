import { z } from 'zod';

/** How automatic revisions are thinned, as the clerk sets it in 版本精简. */
export const RetentionSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** Every automatic revision younger than this many days is kept. */
    keepAllDays: z.number().int().min(1, '「全部保留」至少 1 天').max(365, '「全部保留」最多 365 天'),
    /** Until this many days, the last automatic revision of each hour is kept; after that, the last of each day. */
    hourlyDays: z.number().int().min(1, '「每小时保留一个」至少 1 天').max(3650, '「每小时保留一个」最多 3650 天'),
  })
  .strict()
  .refine((settings) => settings.hourlyDays >= settings.keepAllDays, {
    message: '「每小时保留一个」的天数不能少于「全部保留」的天数',
    path: ['hourlyDays'],
  });
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { enabled: true, keepAllDays: 1, hourlyDays: 7 };

/** One thinning, as the clerk sees it in the log. */
export const RetentionRunSchema = z.object({
  at: z.string(),
  trigger: z.enum(['scheduled', 'manual']),
  removed: z.number().int().min(0),
  drafts: z.number().int().min(0),
});
export type RetentionRun = z.infer<typeof RetentionRunSchema>;

const ALWAYS_KEPT = '手动保存的版本（检查点）、导入、恢复、合并和案件信息更新产生的版本，以及已经通过草稿包带到别的电脑上的版本，永远保留。';

/** The policy in plain words, as the 版本精简 dialog shows it. */
export function describeRetention(settings: RetentionSettings): string {
  if (!settings.enabled) return `已关闭精简：所有版本都保留。${ALWAYS_KEPT}`;
  const hourly = settings.hourlyDays > settings.keepAllDays ? `${settings.hourlyDays} 天内的每小时保留最后一个；` : '';
  return `自动保存的版本：最近 ${settings.keepAllDays} 天内的全部保留；${hourly}更早的每天保留最后一个。${ALWAYS_KEPT}精简掉的版本会留下记录，合并别人的草稿包时不会再回来。`;
}

export function describePreview(revisions: number, drafts: number): string {
  if (revisions === 0) return '现在没有可以精简的版本。';
  return `将精简 ${drafts} 份草稿中 ${revisions} 个自动保存的版本，保留所有检查点。`;
}

export function describeRun(run: RetentionRun): string {
  const how = run.trigger === 'scheduled' ? '自动' : '手动';
  return run.removed === 0 ? `${how}检查，没有需要精简的版本` : `${how}精简了 ${run.drafts} 份草稿中 ${run.removed} 个自动保存的版本`;
}
