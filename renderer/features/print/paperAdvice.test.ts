import { describe, expect, it } from 'vitest';
import { paperAdvice } from './paperAdvice';

describe('advice on paper before printing', () => {
  it('warns when the default printer holds paper other than A4', () => {
    const advice = paperAdvice('print', true, { status: 'other', printer: 'HP LaserJet', paper: 'Letter' });
    expect(advice.warning).toBe(true);
    expect(advice.text).toContain('默认打印机「HP LaserJet」用的是 Letter 纸，不是 A4');
  });

  it('confirms A4, and falls back to asking for A4 when the system cannot tell', () => {
    expect(paperAdvice('print', false, { status: 'a4', printer: 'Kyocera', paper: 'A4' })).toEqual({
      text: '默认打印机「Kyocera」用 A4 纸；打印时请保持缩放 100%（实际大小）。',
      warning: false,
    });
    expect(paperAdvice('print', false, { status: 'unknown' }).text).toContain('请在打印对话框中选 A4 纸');
    expect(paperAdvice('print', true, undefined).warning).toBe(false);
  });

  it('explains PDF export the way each build does it', () => {
    expect(paperAdvice('pdf', true, { status: 'other', printer: 'P', paper: 'Letter' })).toEqual({
      text: '点「导出 PDF…」后选择保存位置，按 A4、100% 生成。',
      warning: false,
    });
    expect(paperAdvice('pdf', false, undefined).text).toContain('另存为 PDF');
  });
});
