import { z } from 'zod';

/**
 * What a draft whose stored bytes no longer match their checksum shows instead, and what the clerk
 * can do about it. Until the clerk decides, the draft is read-only and nothing is written over it.
 */
export const DraftDamageSchema = z.object({
  /** What is damaged, as the clerk knows it: 正文、字段内容、名称… */
  parts: z.array(z.string()),
  /** Whether the letter's own text (its working copy) is among the damage. */
  textLost: z.boolean(),
  /**
   * What the editor shows: the working copy when it survived, else the newest revision of the draft
   * that passes its hash; null when neither can be read.
   */
  shown: z
    .object({
      from: z.enum(['working', 'revision']),
      revisionId: z.string().nullable(),
      time: z.string(),
      chars: z.number().int(),
    })
    .nullable(),
  /** The working copy as last saved, where the damaged row still tells: null for what it cannot. */
  lastSaved: z.object({ time: z.string().nullable(), chars: z.number().int().nullable() }),
  /** The newest backup that holds this draft sound, for recovering this one draft from it. */
  backup: z
    .object({
      name: z.string(),
      createdAt: z.string(),
      /** When the draft's text in that backup was saved, and its length. */
      savedAt: z.string(),
      chars: z.number().int(),
    })
    .nullable(),
});
export type DraftDamage = z.infer<typeof DraftDamageSchema>;

const count = (n: number) => n.toLocaleString('zh-CN');

/** What the clerk reads above a damaged draft, in plain Chinese; `time` shows an instant in local time. */
export function describeDraftDamage(damage: DraftDamage, time: (iso: string) => string): string[] {
  const lines = [`这份草稿保存在数据库里的${damage.parts.join('、')}已损坏，现在只能查看，不能修改。`];
  const { shown, lastSaved } = damage;
  if (!shown) lines.push('它的各个版本也都读不出完好的内容。');
  else if (shown.from === 'working') lines.push('正文完好，下面显示的是最后保存的内容。');
  else {
    lines.push(`下面显示的是最近一个完好的版本：${time(shown.time)} 保存，共 ${count(shown.chars)} 字。`);
    if (lastSaved.time && lastSaved.chars !== null) {
      const difference = lastSaved.chars - shown.chars;
      const size =
        difference === 0 ? '字数相同，但内容可能有改动' : difference > 0 ? `比这个版本多 ${count(difference)} 字` : `比这个版本少 ${count(-difference)} 字`;
      lines.push(`损坏前最后一次保存在 ${time(lastSaved.time)}，共 ${count(lastSaved.chars)} 字（${size}）：${time(shown.time)} 之后的修改在这里已读不出来。`);
    } else if (lastSaved.time) {
      lines.push(`损坏前最后一次保存在 ${time(lastSaved.time)}：${time(shown.time)} 之后的修改在这里已读不出来；当时的字数也已损坏，无法得知丢了多少字。`);
    } else {
      lines.push(`损坏前最后一次保存的时间和字数也已损坏，无法得知 ${time(shown.time)} 之后丢了多少内容。`);
    }
  }
  if (damage.backup) {
    lines.push(
      `${time(damage.backup.createdAt)} 的备份中有这份草稿完好的内容（${time(damage.backup.savedAt)} 保存，共 ${count(damage.backup.chars)} 字），可以只把这一份草稿从备份恢复，其他草稿不受影响。`,
    );
  } else {
    lines.push('备份中没有这份草稿完好的内容。');
  }
  lines.push('在您选择怎么处理之前，程序不会改动这份草稿。');
  return lines;
}
