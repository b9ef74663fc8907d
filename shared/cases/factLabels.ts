import type { CaseFacts } from './caseModel';
import { IMPORT_COLUMN_LABELS } from './importColumns';

/** Each case fact's name as the case window shows it. */
export const CASE_FACT_LABELS: Record<keyof CaseFacts, string> = {
  ...IMPORT_COLUMN_LABELS,
  replyType: '答复类型',
  disclosure: '公开属性',
  docNumber: '发文字号',
  signer: '签发人',
};
