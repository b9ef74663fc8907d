import { CASE_KIND_LABELS, CASE_ROLE_LABELS, type CaseFacts, type CaseKind, type CaseRole } from './caseModel';
import { IMPORT_COLUMN_LABELS } from './importColumns';

/** Each case fact's name as the case window shows it. */
export const CASE_FACT_LABELS: Record<keyof CaseFacts, string> = {
  ...IMPORT_COLUMN_LABELS,
  replyType: '答复类型',
  disclosure: '公开属性',
  docNumber: '发文字号',
  signer: '签发人',
};

const SHOWN_CHARS = 40;

/** A fact's value as the clerk reads it: 类别 and 承办角色 by their names, a list in one line, a long text cut short; nothing is ''. */
export function shownFact(key: string, value: unknown): string {
  const text = Array.isArray(value) ? value.join('、') : value === null || value === undefined ? '' : String(value);
  if (key === 'kind') return CASE_KIND_LABELS[text as CaseKind] ?? text;
  if (key === 'role') return CASE_ROLE_LABELS[text as CaseRole] ?? text;
  const chars = Array.from(text);
  return chars.length > SHOWN_CHARS ? `${chars.slice(0, SHOWN_CHARS).join('')}…` : text;
}
