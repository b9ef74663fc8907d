/**
 * Every user command, described once. The renderer's toolbar, menus and keyboard handler and the
 * Electron application menu all read this list; the renderer binds what each id does.
 */
export type MenuName = '文件' | '编辑' | '格式' | '视图' | '帮助';

export interface CommandDescriptor {
  id: CommandId;
  label: string;
  menu: MenuName;
  /** Electron accelerator syntax: 'CmdOrCtrl+S', 'CmdOrCtrl+Alt+1'. */
  shortcut?: string;
  /** Shown as a toolbar button with this short text. */
  toolbar?: string;
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
  'view.history',
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

export const COMMANDS: readonly CommandDescriptor[] = [
  { id: 'draft.new', label: '新建答复', menu: '文件', shortcut: 'Alt+N', toolbar: '新建答复' },
  { id: 'draft.checkpoint', label: '保存版本', menu: '文件', shortcut: 'CmdOrCtrl+S', toolbar: '保存版本' },
  { id: 'draft.duplicate', label: '以此为底稿新建', menu: '文件', shortcut: 'CmdOrCtrl+Shift+D' },
  { id: 'draft.rename', label: '重命名', menu: '文件', shortcut: 'F2' },
  { id: 'draft.saveAsTemplate', label: '另存为模板…', menu: '文件' },
  { id: 'draft.delete', label: '删除到回收站', menu: '文件', shortcut: 'Alt+Delete' },
  { id: 'draft.trash', label: '回收站', menu: '文件', shortcut: 'Alt+R' },
  { id: 'file.importText', label: '导入文本文件…', menu: '文件' },
  { id: 'file.importWord', label: '导入 Word 文档…', menu: '文件', toolbar: '导入 Word' },
  { id: 'file.importWordRevision', label: '导入修改稿为新版本…', menu: '文件' },
  { id: 'file.exportWord', label: '导出 Word 文档…', menu: '文件' },
  { id: 'file.exportText', label: '导出文本文件…', menu: '文件' },
  { id: 'file.profile', label: '单位信息', menu: '文件' },
  { id: 'file.docNumbers', label: '发文登记', menu: '文件' },
  { id: 'file.backups', label: '备份与恢复', menu: '文件' },
  { id: 'file.retention', label: '版本精简…', menu: '文件' },
  { id: 'file.printPreview', label: '打印预览', menu: '文件', shortcut: 'CmdOrCtrl+P', toolbar: '打印' },
  { id: 'file.exportPdf', label: '导出 PDF…', menu: '文件', shortcut: 'CmdOrCtrl+Shift+P' },
  { id: 'file.printReview', label: '打印审阅稿…', menu: '文件' },
  { id: 'edit.undo', label: '撤销', menu: '编辑', shortcut: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', label: '重做', menu: '编辑', shortcut: 'CmdOrCtrl+Y' },
  { id: 'edit.find', label: '查找', menu: '编辑', shortcut: 'CmdOrCtrl+F', toolbar: '查找' },
  { id: 'edit.replace', label: '替换', menu: '编辑', shortcut: 'CmdOrCtrl+H', toolbar: '替换' },
  { id: 'format.bold', label: '加粗', menu: '格式', shortcut: 'CmdOrCtrl+B', toolbar: '加粗' },
  { id: 'format.body', label: '正文段落', menu: '格式', shortcut: 'CmdOrCtrl+Alt+0', toolbar: '正文' },
  { id: 'format.heading1', label: '一级标题（一、）', menu: '格式', shortcut: 'CmdOrCtrl+Alt+1', toolbar: '一、' },
  { id: 'format.heading2', label: '二级标题（（一））', menu: '格式', shortcut: 'CmdOrCtrl+Alt+2', toolbar: '（一）' },
  { id: 'format.heading3', label: '三级标题（1.）', menu: '格式', shortcut: 'CmdOrCtrl+Alt+3', toolbar: '1.' },
  { id: 'format.heading4', label: '四级标题（（1））', menu: '格式', shortcut: 'CmdOrCtrl+Alt+4', toolbar: '（1）' },
  { id: 'format.attachment', label: '附件说明（附件：1. ……）', menu: '格式' },
  { id: 'format.renumber', label: '重新编号', menu: '格式', shortcut: 'CmdOrCtrl+Alt+N', toolbar: '重新编号' },
  { id: 'view.history', label: '版本记录', menu: '视图', shortcut: 'CmdOrCtrl+Alt+H', toolbar: '版本记录' },
  { id: 'compare.next', label: '下一处修改', menu: '视图', shortcut: 'F7' },
  { id: 'compare.previous', label: '上一处修改', menu: '视图', shortcut: 'Shift+F7' },
  { id: 'proofread.toggle', label: '校对', menu: '编辑', shortcut: 'F8', toolbar: '校对' },
  { id: 'proofread.wordList', label: '校对词表…', menu: '编辑' },
  { id: 'review.comment', label: '批注选中文字', menu: '编辑', shortcut: 'CmdOrCtrl+Alt+M', toolbar: '批注' },
  { id: 'view.zoomIn', label: '放大', menu: '视图', shortcut: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', label: '缩小', menu: '视图', shortcut: 'CmdOrCtrl+-' },
  { id: 'view.zoomReset', label: '实际大小', menu: '视图', shortcut: 'CmdOrCtrl+0' },
  { id: 'view.pageMarks', label: '显示分页', menu: '视图', shortcut: 'CmdOrCtrl+Alt+P' },
  { id: 'help.shortcuts', label: '快捷键一览', menu: '帮助', shortcut: 'F1' },
  { id: 'view.cases', label: '案件台账 / 草稿', menu: '视图', shortcut: 'Alt+T', toolbar: '案件台账' },
  { id: 'search.focus', label: '全文搜索', menu: '编辑', shortcut: 'CmdOrCtrl+Shift+F' },
  { id: 'cases.import', label: '导入交办清单…', menu: '文件' },
];

export const MENU_ORDER: readonly MenuName[] = ['文件', '编辑', '格式', '视图', '帮助'];

export function commandById(id: CommandId): CommandDescriptor {
  const found = COMMANDS.find((command) => command.id === id);
  if (!found) throw new Error(`unknown command ${id}`);
  return found;
}
