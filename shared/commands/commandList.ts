/**
 * Every user command, described once. The renderer's toolbar, menus and keyboard handler and the
 * Electron application menu all read this list; the renderer binds what each id does.
 */
export type MenuName = '文件' | '编辑' | '格式' | '视图' | '帮助';
/** The toolbar's groups, named as WPS names its ribbon tabs, plus 文件 at the left as WPS has it. */
export type ToolbarGroup = '文件' | '开始' | '插入' | '审阅' | '打印与导出';

export interface CommandDescriptor {
  id: CommandId;
  label: string;
  menu: MenuName;
  /** Electron accelerator syntax: 'CmdOrCtrl+S', 'CmdOrCtrl+Alt+1'. */
  shortcut?: string;
  /** Shown as a toolbar button with this short text, in this group. */
  toolbar?: { text: string; group: ToolbarGroup };
  /** Why the command is greyed out when nothing can run it (its tooltip); a binding may say more. */
  unavailable?: string;
}

export const COMMAND_IDS = [
  'draft.new',
  'draft.checkpoint',
  'draft.duplicate',
  'draft.rename',
  'draft.saveAsTemplate',
  'draft.delete',
  'draft.trash',
  'file.profile',
  'file.docNumbers',
  'file.backups',
  'file.connectServer',
  'file.syncNow',
  'file.retention',
  'file.importText',
  'file.importWord',
  'file.importWordRevision',
  'file.exportWord',
  'file.exportText',
  'file.printPreview',
  'file.exportPdf',
  'file.printReview',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'edit.replace',
  'format.bold',
  'format.body',
  'format.heading1',
  'format.heading2',
  'format.heading3',
  'format.heading4',
  'format.attachment',
  'format.renumber',
  'table.insert',
  'table.rowBelow',
  'table.columnRight',
  'table.deleteRow',
  'table.deleteColumn',
  'table.headerRow',
  'table.merge',
  'table.unmerge',
  'table.caption',
  'table.unit',
  'table.alignRight',
  'table.turn',
  'view.history',
  'view.fields',
  'view.comments',
  'view.inbox',
  'review.compare',
  'review.submit',
  'compare.next',
  'compare.previous',
  'proofread.toggle',
  'proofread.wordList',
  'review.comment',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'view.pageMarks',
  'help.shortcuts',
  'view.cases',
  'search.focus',
  'cases.import',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

const NO_DRAFT = '请先打开一份草稿';
const NO_TEXT = '请先打开一份草稿，并点一下正文';
const NO_CELL = '请先把光标放在表格里';

export const COMMANDS: readonly CommandDescriptor[] = [
  { id: 'draft.new', label: '新建答复', menu: '文件', shortcut: 'Alt+N', toolbar: { text: '新建答复', group: '文件' } },
  { id: 'draft.checkpoint', label: '保存版本', menu: '文件', shortcut: 'CmdOrCtrl+S', toolbar: { text: '保存版本', group: '开始' }, unavailable: NO_DRAFT },
  { id: 'draft.duplicate', label: '以此为底稿新建', menu: '文件', shortcut: 'CmdOrCtrl+Shift+D', unavailable: NO_DRAFT },
  { id: 'draft.rename', label: '重命名', menu: '文件', shortcut: 'F2', unavailable: NO_DRAFT },
  { id: 'draft.saveAsTemplate', label: '另存为模板…', menu: '文件', toolbar: { text: '存为模板', group: '插入' }, unavailable: NO_DRAFT },
  { id: 'draft.delete', label: '删除到回收站', menu: '文件', shortcut: 'Alt+Delete', unavailable: NO_DRAFT },
  { id: 'draft.trash', label: '回收站', menu: '文件', shortcut: 'Alt+R' },
  { id: 'file.importText', label: '导入文本文件…', menu: '文件' },
  { id: 'file.importWord', label: '导入 Word 文档…', menu: '文件', toolbar: { text: '导入 Word', group: '文件' } },
  { id: 'file.importWordRevision', label: '导入修改稿为新版本…', menu: '文件', unavailable: NO_DRAFT },
  { id: 'file.exportWord', label: '导出 Word 文档…', menu: '文件', toolbar: { text: '导出 Word', group: '打印与导出' }, unavailable: NO_DRAFT },
  { id: 'file.exportText', label: '导出文本文件…', menu: '文件', unavailable: NO_DRAFT },
  { id: 'file.profile', label: '单位信息', menu: '文件' },
  { id: 'file.docNumbers', label: '发文登记', menu: '文件' },
  { id: 'file.backups', label: '备份与恢复', menu: '文件' },
  { id: 'file.connectServer', label: '连接单位服务器…', menu: '文件' },
  { id: 'file.syncNow', label: '立即同步', menu: '文件' },
  { id: 'file.retention', label: '版本精简…', menu: '文件' },
  { id: 'file.printPreview', label: '打印预览', menu: '文件', shortcut: 'CmdOrCtrl+P', toolbar: { text: '打印', group: '打印与导出' }, unavailable: NO_DRAFT },
  {
    id: 'file.exportPdf',
    label: '导出 PDF…',
    menu: '文件',
    shortcut: 'CmdOrCtrl+Shift+P',
    toolbar: { text: '导出 PDF', group: '打印与导出' },
    unavailable: NO_DRAFT,
  },
  { id: 'file.printReview', label: '打印审阅稿…', menu: '文件', unavailable: NO_DRAFT },
  { id: 'edit.undo', label: '撤销', menu: '编辑', shortcut: 'CmdOrCtrl+Z', toolbar: { text: '撤销', group: '开始' }, unavailable: NO_TEXT },
  { id: 'edit.redo', label: '重做', menu: '编辑', shortcut: 'CmdOrCtrl+Y', toolbar: { text: '重做', group: '开始' }, unavailable: NO_TEXT },
  { id: 'edit.find', label: '查找', menu: '编辑', shortcut: 'CmdOrCtrl+F', toolbar: { text: '查找', group: '开始' }, unavailable: NO_DRAFT },
  { id: 'edit.replace', label: '替换', menu: '编辑', shortcut: 'CmdOrCtrl+H', toolbar: { text: '替换', group: '开始' }, unavailable: NO_DRAFT },
  { id: 'format.bold', label: '加粗', menu: '格式', shortcut: 'CmdOrCtrl+B', toolbar: { text: '加粗', group: '开始' }, unavailable: NO_TEXT },
  { id: 'format.body', label: '正文段落', menu: '格式', shortcut: 'CmdOrCtrl+Alt+0', toolbar: { text: '正文', group: '开始' }, unavailable: NO_TEXT },
  {
    id: 'format.heading1',
    label: '一级标题（一、）',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+1',
    toolbar: { text: '一、', group: '开始' },
    unavailable: NO_TEXT,
  },
  {
    id: 'format.heading2',
    label: '二级标题（（一））',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+2',
    toolbar: { text: '（一）', group: '开始' },
    unavailable: NO_TEXT,
  },
  { id: 'format.heading3', label: '三级标题（1.）', menu: '格式', shortcut: 'CmdOrCtrl+Alt+3', toolbar: { text: '1.', group: '开始' }, unavailable: NO_TEXT },
  {
    id: 'format.heading4',
    label: '四级标题（（1））',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+4',
    toolbar: { text: '（1）', group: '开始' },
    unavailable: NO_TEXT,
  },
  { id: 'format.attachment', label: '附件说明（附件：1. ……）', menu: '格式', toolbar: { text: '附件说明', group: '插入' }, unavailable: NO_TEXT },
  { id: 'format.renumber', label: '重新编号', menu: '格式', shortcut: 'CmdOrCtrl+Alt+N', toolbar: { text: '重新编号', group: '开始' }, unavailable: NO_TEXT },
  { id: 'table.insert', label: '插入表格', menu: '格式', shortcut: 'CmdOrCtrl+Alt+T', toolbar: { text: '表格', group: '插入' }, unavailable: NO_TEXT },
  {
    id: 'table.rowBelow',
    label: '表格：在下方插入行',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+R',
    toolbar: { text: '加一行', group: '插入' },
    unavailable: NO_CELL,
  },
  {
    id: 'table.columnRight',
    label: '表格：在右侧插入列',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+L',
    toolbar: { text: '加一列', group: '插入' },
    unavailable: NO_CELL,
  },
  { id: 'table.deleteRow', label: '表格：删除行', menu: '格式', unavailable: NO_CELL },
  { id: 'table.deleteColumn', label: '表格：删除列', menu: '格式', unavailable: NO_CELL },
  { id: 'table.headerRow', label: '表格：设为表头行（跨页重复）', menu: '格式', unavailable: NO_CELL },
  {
    id: 'table.merge',
    label: '表格：合并单元格',
    menu: '格式',
    shortcut: 'CmdOrCtrl+Alt+G',
    toolbar: { text: '合并单元格', group: '插入' },
    unavailable: NO_CELL,
  },
  { id: 'table.unmerge', label: '表格：拆分单元格', menu: '格式', unavailable: NO_CELL },
  { id: 'table.caption', label: '表格：加表题', menu: '格式', toolbar: { text: '表题', group: '插入' }, unavailable: NO_CELL },
  { id: 'table.unit', label: '表格：加单位行（单位：万元）', menu: '格式', unavailable: NO_CELL },
  { id: 'table.alignRight', label: '表格：本列右对齐', menu: '格式', toolbar: { text: '列右对齐', group: '插入' }, unavailable: NO_CELL },
  { id: 'table.turn', label: '表格：横排此表（单独一页横向打印）', menu: '格式', unavailable: NO_CELL },
  {
    id: 'view.fields',
    label: '填写要素',
    menu: '视图',
    shortcut: 'CmdOrCtrl+Alt+E',
    toolbar: { text: '填写要素', group: '插入' },
    unavailable: '请先打开一份草稿；这份草稿的模板没有要填的要素时也不能用',
  },
  { id: 'view.history', label: '版本记录', menu: '视图', shortcut: 'CmdOrCtrl+Alt+H', toolbar: { text: '版本记录', group: '审阅' }, unavailable: NO_DRAFT },
  { id: 'view.comments', label: '批注栏', menu: '视图', shortcut: 'CmdOrCtrl+Shift+M', unavailable: NO_DRAFT },
  { id: 'view.inbox', label: '待我审核', menu: '视图', shortcut: 'CmdOrCtrl+Alt+I', toolbar: { text: '待我审核', group: '审阅' } },
  { id: 'review.compare', label: '与上一版本比较', menu: '视图', toolbar: { text: '比较', group: '审阅' }, unavailable: NO_DRAFT },
  { id: 'compare.next', label: '下一处修改', menu: '视图', shortcut: 'F7', unavailable: '请先打开一个比较' },
  { id: 'compare.previous', label: '上一处修改', menu: '视图', shortcut: 'Shift+F7', unavailable: '请先打开一个比较' },
  { id: 'proofread.toggle', label: '校对', menu: '编辑', shortcut: 'F8', toolbar: { text: '校对', group: '审阅' } },
  { id: 'proofread.wordList', label: '校对词表…', menu: '编辑' },
  { id: 'review.comment', label: '批注选中文字', menu: '编辑', shortcut: 'CmdOrCtrl+Alt+M', toolbar: { text: '批注', group: '审阅' }, unavailable: NO_DRAFT },
  { id: 'review.submit', label: '提交审核', menu: '文件', toolbar: { text: '提交审核', group: '审阅' }, unavailable: NO_DRAFT },
  { id: 'view.zoomIn', label: '放大', menu: '视图', shortcut: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', label: '缩小', menu: '视图', shortcut: 'CmdOrCtrl+-' },
  { id: 'view.zoomReset', label: '实际大小', menu: '视图', shortcut: 'CmdOrCtrl+0' },
  { id: 'view.pageMarks', label: '显示分页', menu: '视图', shortcut: 'CmdOrCtrl+Alt+P', unavailable: NO_DRAFT },
  { id: 'help.shortcuts', label: '快捷键一览', menu: '帮助', shortcut: 'F1' },
  { id: 'view.cases', label: '案件台账 / 草稿', menu: '视图', shortcut: 'Alt+T', toolbar: { text: '案件台账', group: '文件' } },
  { id: 'search.focus', label: '全文搜索', menu: '编辑', shortcut: 'CmdOrCtrl+Shift+F' },
  { id: 'cases.import', label: '导入交办清单…', menu: '文件' },
];

export const MENU_ORDER: readonly MenuName[] = ['文件', '编辑', '格式', '视图', '帮助'];
export const TOOLBAR_GROUPS: readonly ToolbarGroup[] = ['文件', '开始', '插入', '审阅', '打印与导出'];

export function commandById(id: CommandId): CommandDescriptor {
  const found = COMMANDS.find((command) => command.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}
