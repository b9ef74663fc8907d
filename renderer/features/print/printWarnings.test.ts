import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../../shared/print/fixtures/layoutReport';
import { signoffNotice } from '../../../shared/print/signoffNotice';
import { printNotes, printWarnings } from './printWarnings';

const report = layoutReport({
  pages: 3,
  tightenedPages: [2],
  fonts: [
    { role: 'fangsong', label: '仿宋（正文）', resolved: 'Dafu Serif', fallback: true },
    { role: 'hei', label: '黑体（一级标题）', resolved: '黑体', fallback: false },
    { role: 'title', label: '小标宋（标题）', resolved: 'Dafu Title Serif', fallback: true },
  ],
});

describe('print warnings', () => {
  it('names unfilled fields and the fallback fonts in use, and nothing when all is ready', () => {
    const warnings = printWarnings(['提案者', '成文日期'], report);
    expect(warnings[0]).toContain('2 处信息没有填写（提案者、成文日期）');
    expect(warnings[1]).toContain('仿宋（正文）→思源宋体（Noto Serif SC，随软件附带）');
    expect(warnings[1]).not.toContain('黑体');
    expect(warnings[1]).toContain('小标宋（标题）→思源宋体粗体（Noto Serif SC Bold，随软件附带）');
    expect(printWarnings([], { ...report, fonts: [] })).toEqual([]);
  });

  it('says which pages hold a table row too tall to print, apart from other text past the 版心', () => {
    const warnings = printWarnings([], { ...report, fonts: [], overfullPages: [2, 4], overfullTablePages: [4] });
    expect(warnings).toEqual([
      '第 2 页有内容超出版心，请检查标题或落款是否过长。',
      '第 4 页的表格有一行（或合并单元格连起来的几行）比一页还高，超出版心的部分印不出来：请把过长的内容分到几行里，或拆开合并的单元格。',
    ]);
  });

  it('reports the page count and any tightened page', () => {
    expect(printNotes(report)).toEqual(['共 3 页。', '为使署名和成文日期与正文同页，第 2 页已按规定收紧行距。']);
  });

  it('names the pages turned sideways for a wide table', () => {
    expect(printNotes({ ...report, tightenedPages: [], turnedPages: [2, 3] })).toEqual([
      '共 3 页。',
      '第 2、3 页是横排的表格（表格太宽，单独成页横向排印，页码位置不变）。',
    ]);
  });

  it('says when the last lines of a page are carried over to stand with the 署名 and 成文日期', () => {
    const carried = { ...report, tightenedPages: [], carriedOver: true };
    expect(signoffNotice(carried)).toBe('为使署名和成文日期不单独成页，上一页的最后两行已移到署名所在的一页。');
    expect(printNotes(carried)).toEqual(['共 3 页。', signoffNotice(carried)]);
    expect(signoffNotice({ ...report, tightenedPages: [] })).toBeUndefined();
  });
});
