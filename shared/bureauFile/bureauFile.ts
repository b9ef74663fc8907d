import { z } from 'zod';
import { BureauProfileSchema, type BureauProfile } from '../profile/bureauProfile';
import { EMPTY_BUREAU_LISTS, type BureauLists } from '../proofread/lists/bureauLists';
import { LIST_KIND_LABELS, type ListKind } from '../proofread/lists/listRow';
import { describeRefused, validateRows } from '../proofread/lists/validateRows';
import { WordListSchema } from '../proofread/wordList';
import type { WordListEntry } from '../proofread/core/types';

export const BUREAU_FILE_FORMAT = 'dafu-bureau-profile';
/** Version 2 carries the 词表, the bureau's 易混淆词 and 规范表述 rows and the rules it switched off. */
export const BUREAU_FILE_VERSION = 2;

/** What the office rolls out to every PC in one 单位信息 file. */
export interface BureauFile {
  profile: BureauProfile;
  wordList: WordListEntry[];
  lists: BureauLists;
  disabledRules: string[];
}

export interface ReadBureauFile extends BureauFile {
  /** Rows left out, each with its list and row number: 「易混淆词第 3 条：…」. */
  refused: string[];
}

export function bureauFileText(file: BureauFile): string {
  return `${JSON.stringify({ format: BUREAU_FILE_FORMAT, version: BUREAU_FILE_VERSION, ...file }, null, 2)}\n`;
}

const Envelope = z.object({ format: z.literal(BUREAU_FILE_FORMAT), version: z.number().int().min(1) });
const Body = z.object({
  profile: BureauProfileSchema,
  wordList: WordListSchema.optional(),
  lists: z
    .object({ confusion: z.array(z.unknown()).max(5_000), standardTerm: z.array(z.unknown()).max(5_000) })
    .partial()
    .optional(),
  disabledRules: z.array(z.string().max(100)).max(500).optional(),
});

/**
 * Reads a 单位信息 file of version 1 (profile, perhaps a 词表) or 2. A file from a newer version is
 * refused with a request to upgrade, not as damaged. A bad list row is left out and named; the rest is kept.
 */
export function readBureauFile(text: string): ReadBureauFile | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return '这不是单位信息文件（内容不是 JSON）。请选择从“单位信息”导出的 .json 文件。';
  }
  const envelope = Envelope.safeParse(parsed);
  if (!envelope.success) return '这不是本软件导出的单位信息文件，或文件已损坏。请向办公室重新索取。';
  if (envelope.data.version > BUREAU_FILE_VERSION) {
    return `这个单位信息文件是较新版本的软件导出的（第 ${envelope.data.version} 版格式），本机软件只认识到第 ${BUREAU_FILE_VERSION} 版。请先升级本软件，再导入。`;
  }
  const body = Body.safeParse(parsed);
  if (!body.success) return '这不是本软件导出的单位信息文件，或文件已损坏。请向办公室重新索取。';
  const lists: BureauLists = { ...EMPTY_BUREAU_LISTS };
  const refused: string[] = [];
  for (const kind of Object.keys(LIST_KIND_LABELS) as ListKind[]) {
    const checked = validateRows(body.data.lists?.[kind] ?? [], 1);
    lists[kind] = checked.rows;
    refused.push(...describeRefused(checked.refused).map((line) => `${LIST_KIND_LABELS[kind]}${line.replace(/^第 (\d+) 行/, '第 $1 条')}`));
  }
  return { profile: body.data.profile, wordList: body.data.wordList ?? [], lists, disabledRules: body.data.disabledRules ?? [], refused };
}
