import { ApiError } from '../../../shared/api/errors';

/** One stored row whose bytes no longer match its checksum, with the columns that do not. */
export interface DamagedRecord {
  table: string;
  /** The row's own key (id, settings key, rowid), empty when not known. */
  key: string;
  /** How the clerk knows it: 《the letter's title》, 「单位信息」…; empty when not known. */
  label: string;
  columns: string[];
}

const TABLE_NOUNS: Record<string, string> = {
  drafts: '草稿',
  revisions: '版本',
  revision_parents: '版本之间的前后关系',
  revision_tombstones: '版本精简记录',
  comments: '批注',
  review_events: '审核记录',
  pending_merges: '待合并记录',
  cases: '案件',
  case_extensions: '延期记录',
  settings: '设置',
  own_templates: '自定义模板',
  doc_numbers: '发文登记',
  local_keys: '本机签名密钥',
  key_lists: '单位密钥清单',
  trust_log: '信任记录',
  revision_signatures: '版本签名',
  draft_events: '草稿改名和回收站记录',
  case_events: '案件修改记录',
  revisions_on_server: '服务器已有版本的记录',
  draft_tombstones: '彻底删除的草稿记录',
};

const COLUMN_NAMES: Record<string, string> = {
  id: '编号',
  content: '正文',
  fields: '字段内容',
  title: '标题',
  name: '名称',
  field_definitions: '字段设置',
  chars: '字数',
  head_revision_id: '所依据的版本',
  working_seq: '保存序号',
  working_changed_at: '开始修改的时间',
  review_state: '审核状态',
  template_id: '所用模板',
  case_id: '所属案件',
  created_at: '时间',
  updated_at: '最后保存时间',
  deleted_at: '删除时间',
  draft_id: '所属草稿',
  kind: '类型',
  author: '作者',
  note: '说明',
  hash: '内容校验值',
  encoding: '存储方式',
  base_id: '存储所依据的版本',
  depth: '存储层数',
  body: '内容',
  revision_id: '对应的版本',
  parent_id: '上一版本',
  position: '次序',
  thinned_at: '精简时间',
  reason: '理由',
  thread_id: '所属讨论',
  anchor: '批注位置',
  author_unit: '科室',
  resolved_at: '解决时间',
  resolved_by: '解决人',
  action: '审核动作',
  from_state: '原状态',
  to_state: '新状态',
  actor: '操作人',
  actor_unit: '科室',
  actor_role: '角色',
  signer: '签发人',
  signed_on: '签发日期',
  session: '届次',
  number: '编号',
  proposer: '提出者',
  role: '办理方式',
  assigned_on: '交办日期',
  due_on: '办理期限',
  reply_type: '答复类型',
  disclosure: '公开属性',
  doc_number: '发文字号',
  handler: '承办人',
  handler_phone: '承办人电话',
  lead_unit: '主办单位',
  other_units: '协办单位',
  proposal_text: '提案原文',
  satisfaction: '满意度',
  case_key: '案件号',
  status: '办理状态',
  answer_draft_id: '正式答复',
  approved_on: '批准日期',
  key: '名称',
  value: '内容',
  series: '发文字号系列',
  year: '年份',
  text: '文号',
  draft_title: '草稿标题',
  issued_by: '取号人',
  issued_at: '取号时间',
  voided_at: '作废时间',
  voided_by: '作废人',
  void_reason: '作废理由',
  field: '所改的项',
  accepted: '服务器接受的次序',
  purged_at: '彻底删除时间',
  row_sum: '校验值',
};

const TABLE_COLUMN_NAMES: Record<string, Record<string, string>> = {
  drafts: { created_at: '创建时间' },
  cases: { kind: '类别', created_at: '登记时间' },
  doc_numbers: { number: '序号' },
};

const SETTING_NAMES: Record<string, string> = {
  bureauProfile: '「单位信息」',
  'retention.settings': '「版本精简」设置',
  'retention.log': '版本精简的运行记录',
  proofreadPreferences: '校对设置',
  printPreferences: '打印设置',
  proofreadWordList: '词表',
  proofreadLists: '本单位的易混淆词和规范表述',
  proofreadFalseReports: '报告的校对误报',
  'review.currentUser': '本机使用人',
  'review.knownUsers': '本机用过的人员名单',
  hiddenTemplates: '隐藏的模板清单',
};

/** The name a clerk knows a setting by; a per-draft one names its draft's id. */
export function settingName(key: string): string {
  if (SETTING_NAMES[key]) return SETTING_NAMES[key];
  if (key.startsWith('revisions.shared.')) return `草稿（${key.slice('revisions.shared.'.length)}）在草稿包中发送或收到过的版本清单`;
  if (key.startsWith('proofreadIgnored:')) return `草稿（${key.slice('proofreadIgnored:'.length)}）校对时忽略的提示`;
  if (key.startsWith('proofreadDecisions:')) return `草稿（${key.slice('proofreadDecisions:'.length)}）校对报告中的处理结果`;
  return `「${key}」`;
}

/** How a damaged row is named from what survived of it: its title, number or setting name, else its key. */
export function recordLabel(table: string, row: Record<string, unknown>, damaged: readonly string[]): string {
  const sound = (...columns: string[]) => columns.every((column) => !damaged.includes(column) && typeof row[column] === 'string');
  if (table === 'drafts' && sound('title', 'name')) return `《${String(row.name ?? row.title)}》`;
  if (table === 'drafts' && sound('title') && row.name === null && !damaged.includes('name')) return `《${String(row.title)}》`;
  if (table === 'cases' && sound('number', 'title')) return `${String(row.number)}号（${String(row.title)}）`;
  if (table === 'settings' && sound('key')) return settingName(String(row.key));
  if (table === 'doc_numbers' && sound('text')) return `「${String(row.text)}」`;
  return '';
}

export const tableNoun = (table: string) => TABLE_NOUNS[table] ?? table;
export const columnName = (table: string, column: string) => TABLE_COLUMN_NAMES[table]?.[column] ?? COLUMN_NAMES[column] ?? column;

/** 「草稿《关于…的答复》的正文、字数」 */
export function describeRecord(record: DamagedRecord): string {
  const what = `${tableNoun(record.table)}${record.label || (record.key ? `（${record.key}）` : '')}`;
  return record.columns.length > 0 ? `${what}的${record.columns.map((column) => columnName(record.table, column)).join('、')}` : what;
}

function message(records: readonly DamagedRecord[], during: 'read' | 'write'): string {
  if (during === 'write') {
    const [first] = records;
    return `数据库里有一条${tableNoun(first.table)}记录已损坏（${first.columns.map((column) => columnName(first.table, column)).join('、')}），为免把损坏的内容当作完好的保存下去，这次修改没有保存。请运行 dafu check 查看详情。`;
  }
  const listed = records.slice(0, 5).map(describeRecord).join('；');
  const more = records.length > 5 ? `等 ${records.length} 处` : '';
  return `数据库里有记录已损坏：${listed}${more}。为免写出错误的答复或据此作出决定，这一步没有做。损坏的草稿可以从备份单独恢复；也可运行 dafu check 查看详情。`;
}

/**
 * Stored bytes that no longer match their checksum: the step that would read (or write over) them
 * is refused, never answered with a default or a wrong letter.
 */
export class DamagedRecordError extends ApiError {
  constructor(
    readonly records: readonly DamagedRecord[],
    during: 'read' | 'write' = 'read',
  ) {
    super('damaged', message(records, during), records.map(describeRecord));
    this.name = 'DamagedRecordError';
  }
}

/** A backup refused because the store it copies has rows that no longer match their checksums. */
export class BackupOfDamagedStoreError extends ApiError {
  constructor(readonly problems: readonly string[]) {
    super(
      'damaged',
      `数据库里有记录已损坏，这样的备份不能当作完好的备份，所以没有保存。现有的备份都还在。请运行 dafu check 查看详情；损坏的草稿可以从备份单独恢复。`,
      [...problems],
    );
    this.name = 'BackupOfDamagedStoreError';
  }
}
