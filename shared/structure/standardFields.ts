import type { FieldDefinition } from '../fields/fieldDefinition';

/**
 * The facts a reply letter states, under the names and labels the built-in templates use, so an
 * imported letter and a letter from a template carry the same fields.
 */
export const STANDARD_FIELDS = {
  replyType: { name: 'replyType', label: '答复类型', type: 'choice', choices: ['A', 'B', 'C'] },
  docNumber: { name: 'docNumber', label: '发文字号', type: 'text' },
  sessionName: { name: 'sessionName', label: '届次会议', type: 'text' },
  proposalNumber: { name: 'proposalNumber', label: '提案号', type: 'number' },
  proposalTitle: { name: 'proposalTitle', label: '提案标题', type: 'text' },
  proposer: { name: 'proposer', label: '提案者', type: 'person' },
  memberCount: { name: 'memberCount', label: '联名委员人数', type: 'text' },
  suggestionNumber: { name: 'suggestionNumber', label: '建议号', type: 'number' },
  suggestionTitle: { name: 'suggestionTitle', label: '建议标题', type: 'text' },
  deputy: { name: 'deputy', label: '代表', type: 'person' },
  deputyCount: { name: 'deputyCount', label: '联名代表人数', type: 'text' },
  leadUnit: { name: 'leadUnit', label: '主办单位', type: 'text' },
  bureauName: { name: 'bureauName', label: '署名机关', type: 'text' },
  signedOn: { name: 'signedOn', label: '成文日期', type: 'date' },
  handler: { name: 'handler', label: '承办人', type: 'person' },
  handlerPhone: { name: 'handlerPhone', label: '联系电话', type: 'text' },
  cc: { name: 'cc', label: '抄送单位', type: 'text' },
} satisfies Record<string, FieldDefinition>;

export type StandardFieldName = keyof typeof STANDARD_FIELDS;
