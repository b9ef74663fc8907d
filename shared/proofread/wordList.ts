import { z } from 'zod';
import type { FieldValues } from '../fields/fieldDefinition';
import type { BureauProfile } from '../profile/bureauProfile';
import { slipFrom } from './rules/names';
import type { WordListEntry } from './core/types';
import { own } from '../lookup/own';

const name = z.string().trim().min(2, '名称至少两个字。').max(60, '名称不能超过 60 个字。');

export const WordListEntrySchema = z
  .object({
    name,
    kind: z.enum(['organisation', 'person', 'term']),
    aliases: z.array(name).max(10).optional(),
  })
  .strict();

/** The bureau's 词表: one list per database, shared by every draft. */
export const WordListSchema = z.array(WordListEntrySchema).max(2_000, '词表最多 2000 条。');

export const WORD_KIND_LABELS: Record<WordListEntry['kind'], string> = { organisation: '单位', person: '人名', term: '术语' };

/** Adds entries to a list: a name already listed keeps its kind and gains the new short forms. */
export function mergeEntries(list: readonly WordListEntry[], added: readonly WordListEntry[]): WordListEntry[] {
  const merged = [...list];
  for (const entry of added) {
    const at = merged.findIndex((other) => other.name === entry.name);
    if (at === -1) {
      merged.push(entry);
      continue;
    }
    const known = merged[at];
    const aliases = [...new Set([...(known.aliases ?? []), ...(entry.aliases ?? [])])].filter((alias) => alias !== known.name);
    merged[at] = aliases.length ? { ...known, aliases } : known;
  }
  return merged;
}

/** Names written on one line, apart by spaces, 、 or commas. */
export const splitNames = (line: string): string[] => line.split(/[\s、，,；;]+/).filter(Boolean);

/**
 * A pasted list, one name a line; accepted short forms may follow on the same line after a space or
 * 、 (「柳州市市场监督管理局 柳州市市场监管局」). Lines too short or too long to be names are left out.
 */
export function parseWordListLines(text: string, kind: WordListEntry['kind']): WordListEntry[] {
  const entries: WordListEntry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [first, ...rest] = splitNames(line);
    if (!first || !name.safeParse(first).success) continue;
    const aliases = rest.filter((alias) => alias !== first && name.safeParse(alias).success).slice(0, 10);
    entries.push(aliases.length ? { name: first, kind, aliases } : { name: first, kind });
  }
  return mergeEntries([], entries);
}

/** Fields whose value names the proposer or deputy the letter answers. */
const PROPOSER_FIELDS = ['proposer', 'deputy'];

/**
 * The names a check knows: the bureau's list, the bureau itself (全称, with its 简称 accepted) and
 * the draft's 提案者 (the part before 「等」 of 「王晓燕等5名代表」).
 */
export function knownNames(list: readonly WordListEntry[], profile?: Pick<BureauProfile, 'fullName' | 'shortName'>, fields: FieldValues = {}): WordListEntry[] {
  const implied: WordListEntry[] = [];
  const fullName = profile?.fullName.trim() ?? '';
  if (fullName.length >= 2) {
    const shortName = profile?.shortName.trim() ?? '';
    implied.push(
      shortName.length >= 2 && shortName !== fullName
        ? { name: fullName, kind: 'organisation', aliases: [shortName] }
        : { name: fullName, kind: 'organisation' },
    );
  }
  for (const field of PROPOSER_FIELDS) {
    const proposer = own(fields, field)?.split('等')[0].trim() ?? '';
    if (proposer.length >= 2) implied.push({ name: proposer, kind: proposer.length <= 4 ? 'person' : 'organisation' });
  }
  // A 提案者 typed one character off a listed name is the slip, not the listed name.
  const listed = list.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])]);
  return mergeEntries(
    list,
    implied.filter((entry) => !listed.some((form) => slipFrom(form, entry.name))),
  );
}

const BODY_NAME = /(?:委员会|学社|支部|党派|单位|街道|政府|局|办公室|委|院|中心|公司|组|会)$/;

/**
 * How many the letter answers. A draft with a case counts the case's proposers (领衔 and 附议): two or
 * more are several. Otherwise, or for the one name, the draft's fields: several names (「王某、李某」),
 * 「等」 or a 联名代表人数 above one is several people; a body's name is a body; one name is one person.
 */
export function caseAddressees(fields: FieldValues = {}, proposers: readonly string[] = []): 'one' | 'many' | 'body' | undefined {
  if (proposers.length > 1) return 'many';
  const count = Math.max(...['deputyCount', 'memberCount'].map((field) => Number(own(fields, field) ?? '')).filter(Number.isFinite));
  if (count > 1) return 'many';
  const named = [...proposers, ...PROPOSER_FIELDS.map((field) => own(fields, field) ?? '')].map((value) => value.trim()).find((value) => value.length >= 2);
  if (!named) return undefined;
  if (/[、，,；;]|等/.test(named)) return 'many';
  return BODY_NAME.test(named) ? 'body' : 'one';
}
