import { z } from 'zod';
import type { FieldDefinition, FieldValues } from '../fields/fieldDefinition';
import { own } from '../lookup/own';

const line = (max: number) => z.string().trim().max(max);

/** Bureau-wide facts that every template reads; the office rolls one file out to every PC. */
export const BureauProfileSchema = z
  .object({
    fullName: line(60),
    shortName: line(20),
    /** 署名: usually the full name; some bureaus sign with a leading group or an office. */
    signature: line(60),
    /** 发文字号 series as the bureau writes it, e.g. 「柳市监函〔{年}〕{号}号」. */
    docNumberSeries: line(60),
    defaultCc: line(200),
    /** 答复类型 codes in order of how far the problem was solved: A/B/C, A/B/C/D, 甲/乙/丙 … */
    replyTypeCodes: z.array(line(4).min(1)).min(2).max(6),
    /** The 信函格式 header line printed above the letter. */
    letterHeader: line(60),
  })
  .strict();

export type BureauProfile = z.infer<typeof BureauProfileSchema>;

export const EMPTY_PROFILE: BureauProfile = {
  fullName: '',
  shortName: '',
  signature: '',
  docNumberSeries: '',
  defaultCc: '',
  replyTypeCodes: ['A', 'B', 'C'],
  letterHeader: '',
};

/**
 * Fits a template's fields to the bureau: the 答复类型 codes become the bureau's (wording keyed by
 * position, so a bureau's 甲 reads as the template's A), and the 署名 and 抄送 start filled in.
 */
export function applyProfile(definitions: readonly FieldDefinition[], profile: BureauProfile): { definitions: FieldDefinition[]; values: FieldValues } {
  const codes = profile.replyTypeCodes;
  const fitted = definitions.map((field): FieldDefinition => {
    if (field.name === 'replyType' && field.choices) return { ...field, choices: [...codes] };
    if (field.follows?.field !== 'replyType') return field;
    const templateCodes = definitions.find((f) => f.name === 'replyType')?.choices ?? [];
    const texts = Object.fromEntries(
      codes.flatMap((code, index) => {
        const text = own(field.follows?.texts, templateCodes[index] ?? '');
        return text === undefined ? [] : [[code, text]];
      }),
    );
    return { ...field, follows: { field: 'replyType', texts } };
  });
  const names = new Set(definitions.map((field) => field.name));
  const values: FieldValues = {};
  const signature = profile.signature || profile.fullName;
  if (names.has('bureauName') && signature) values.bureauName = signature;
  if (names.has('cc') && profile.defaultCc) values.cc = profile.defaultCc;
  return { definitions: fitted, values };
}
