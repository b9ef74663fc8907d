import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../../shared/print/fixtures/layoutReport';
import { planPageMarks } from './pageMarks';

const report = layoutReport({
  pages: 3,
  pageStarts: [
    { page: 2, block: 4, offset: 0 },
    { page: 3, block: 7, offset: 120 },
  ],
});
const blocks = (['title', 'addressee', 'body', 'body', 'body', 'body', 'closing', 'body', 'signature', 'date'] as const).map((role) => ({ role }));

describe('page marks in the editor', () => {
  it('marks where each page after the first begins, naming the pages on either side', () => {
    expect(planPageMarks(report, blocks)).toEqual({
      marks: [
        { block: 4, offset: 0, label: '第 1 页 ↑\n第 2 页 ↓' },
        { block: 7, offset: 120, label: '第 2 页 ↑\n第 3 页 ↓' },
      ],
    });
  });

  it('tells above the 署名 what printing does so it does not stand alone', () => {
    expect(planPageMarks({ ...report, tightenedPages: [3] }, blocks).notice).toEqual({
      block: 8,
      text: '打印时：为使署名和成文日期与正文同页，第 3 页已按规定收紧行距。',
    });
    expect(planPageMarks({ ...report, carriedOver: true }, blocks).notice?.text).toBe(
      '打印时：为使署名和成文日期不单独成页，上一页的最后两行已移到署名所在的一页。',
    );
    expect(planPageMarks({ ...report, stranded: true }, blocks).notice?.text).toContain('单独落在了最后一页');
  });
});
