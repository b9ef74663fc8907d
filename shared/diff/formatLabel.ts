import type { BlockRole } from '../model/document';
import type { Paragraph } from './types';

const ROLE_LABELS: Record<BlockRole, string> = {
  title: '文件标题',
  addressee: '主送机关',
  body: '正文',
  heading: '标题',
  closing: '结束语',
  attachment: '附件说明',
  signature: '署名',
  date: '成文日期',
  note: '附注',
  cc: '抄送',
  table: '表格',
};

const LEVEL_LABELS = ['一级', '二级', '三级', '四级'];

/** A paragraph's role as a clerk names it: 「正文」, 「二级标题」. */
export function formatLabel(paragraph: Paragraph): string {
  if (paragraph.role === 'heading' && paragraph.level) return `${LEVEL_LABELS[paragraph.level - 1]}标题`;
  return ROLE_LABELS[paragraph.role];
}
