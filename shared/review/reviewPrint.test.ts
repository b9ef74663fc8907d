import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../model/document';
import { reviewPrintHtml, type ReviewPrintInput } from './reviewPrint';
import type { CommentThread } from './reviewSchemas';

const document: LetterDocument = {
  version: 1,
  blocks: [
    { role: 'title', inlines: [{ t: 'text', text: '关于螺蛳粉产业的答复' }] },
    {
      role: 'addressee',
      inlines: [
        { t: 'field', name: 'proposer' },
        { t: 'text', text: '：' },
      ],
    },
    { role: 'body', inlines: [{ t: 'text', text: '柳州螺蛳粉全产业链销售收入超600亿元<含>。' }] },
  ],
};

let ids = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`;

function thread(block: number, start: number, quote: string, body: string, more: Partial<CommentThread> = {}): CommentThread {
  const anchor = { block, start, end: start + Array.from(quote).length, quote };
  return {
    id: uuid(),
    body,
    author: '李科长',
    authorUnit: '综合科',
    time: '2026-05-26T02:00:00Z',
    anchor,
    originalAnchor: anchor,
    resolvedAt: null,
    resolvedBy: null,
    replies: [],
    ...more,
  };
}

const input = (threads: CommentThread[], extra: Partial<ReviewPrintInput> = {}): ReviewPrintInput => ({
  title: '关于螺蛳粉产业的答复',
  stateLabel: '退回修改',
  printedAt: '2026/5/26 10:00',
  printedBy: '王晶',
  document,
  fieldDefinitions: [{ name: 'proposer', label: '提案者', type: 'text' }],
  fields: { proposer: '李明委员' },
  threads,
  formatTime: (iso) => `〈${iso.slice(11, 16)}〉`,
  ...extra,
});

describe('the 审阅稿', () => {
  it('marks each commented range in the letter and numbers it in reading order, the notes after the text', () => {
    const later = thread(2, 5, '全产业链', '请写全称');
    const earlier = thread(1, 0, '李明委员', '称呼请核对', {
      replies: [{ id: uuid(), body: '已核对', author: '王晶', authorUnit: '', time: '2026-05-26T03:30:00Z' }],
    });
    const html = reviewPrintHtml(input([later, earlier]));
    expect(html).toContain('<p class="b-addressee"><mark class="c">李明委员</mark><sup class="cn">[1]</sup>：</p>');
    expect(html).toContain('柳州螺蛳粉<mark class="c">全产业链</mark><sup class="cn">[2]</sup>销售收入超600亿元&lt;含&gt;。');
    expect(html).toContain('批注（共 2 条，未解决 2 条）');
    expect(html.indexOf('[1]</span>「李明委员」')).toBeLessThan(html.indexOf('[2]</span>「全产业链」'));
    expect(html).toContain('<span class="who">王晶</span> <time>〈03:30〉</time>：已核对');
    expect(html).toContain('<span class="who">李科长（综合科）</span> <time>〈02:00〉</time>：称呼请核对');
  });

  it('marks overlapping ranges piece by piece and says which threads are resolved or orphaned', () => {
    const wide = thread(2, 0, '柳州螺蛳粉全产业链', '太长', { resolvedAt: '2026-05-26T04:00:00Z', resolvedBy: '王晶' });
    const inner = thread(2, 2, '螺蛳粉', '要加引号');
    const gone = { ...thread(2, 0, '已删掉的话', '这句删了吗'), anchor: null };
    const html = reviewPrintHtml(input([wide, inner, gone]));
    expect(html).toContain(
      '<mark class="c c--resolved">柳州</mark><mark class="c">螺蛳粉</mark><sup class="cn">[2]</sup><mark class="c c--resolved">全产业链</mark><sup class="cn">[1]</sup>',
    );
    expect(html).toContain('已解决（王晶，〈04:00〉）');
    expect(html).toContain('[3]</span>「已删掉的话」<span class="gone">（原文已删改）</span>');
    expect(html).toContain('未解决 2 条');
  });

  it('marks a comment on a table cell in the cell, each cell on a line of its own, and names the cell in its note', () => {
    const table = {
      role: 'table' as const,
      inlines: [{ t: 'text' as const, text: '附表' }],
      table: {
        headerRows: 1,
        columns: [{ align: 'left' as const }, { align: 'right' as const }],
        rows: [
          ['产业', '收入'],
          ['螺蛳粉', '600'],
        ].map((cells) => ({ cells: cells.map((text) => ({ inlines: [{ t: 'text' as const, text }] })) })),
      },
    };
    const withTable = { ...document, blocks: [...document.blocks, table] };
    // The table's plain text is 附表\n产业\n收入\n螺蛳粉\n600: 「600」 starts at 13.
    const html = reviewPrintHtml(input([thread(3, 13, '600', '请核对数字', { place: '表 1 第 2 行第 2 列' })], { document: withTable }));
    expect(html).toContain('附表<br>产业<br>收入<br>螺蛳粉<br><mark class="c">600</mark><sup class="cn">[1]</sup>');
    expect(html).toContain('[1]</span>「600」（表 1 第 2 行第 2 列）</p>');
  });

  it('adds the 修改对照表 against the chosen revision when asked', () => {
    const lines = [
      {
        before: [
          { text: '收入', mark: 'same' as const },
          { text: '600', mark: 'removed' as const },
        ],
        after: [
          { text: '收入', mark: 'same' as const },
          { text: '650', mark: 'added' as const },
        ],
        note: '第 3 段，改动 1 处',
      },
    ];
    const html = reviewPrintHtml(input([], { changeTable: { against: '手动保存 5/20（送审稿）', lines } }));
    expect(html).toContain('修改对照表（与「手动保存 5/20（送审稿）」相比）');
    expect(html).toContain('<td>收入<del>600</del></td><td>收入<ins>650</ins></td><td class="why">第 3 段，改动 1 处</td>');
    expect(html).toContain('这份稿子没有批注。');
    expect(reviewPrintHtml(input([]))).not.toContain('修改对照表');
  });
});
