import { describe, expect, it } from 'vitest';
import { compareLetters, compareTexts } from '../../../shared/diff/compare';
import { markedText } from '../../../shared/diff/views';
import type { LetterDocument } from '../../../shared/model/document';
import { changeTableRows } from './changeTable';

const text = (rows: ReturnType<typeof changeTableRows>) => rows.map((row) => [markedText(row.before), markedText(row.after), row.note]);

describe('修改对照表', () => {
  it('lists only changed paragraphs, with what was done in words', () => {
    const before = '一、总体情况\n我局高度重视，认真研究办理。\n感谢对我们工作的支持。';
    const after = '一、总体情况\n我局高度重视、认真研究办理。\n新增一段说明。\n感谢对我们工作的支持。';
    expect(text(changeTableRows(compareTexts(before, after)))).toEqual([
      ['我局高度重视[-，-]认真研究办理。', '我局高度重视{+、+}认真研究办理。', '第 2 段，改动 1 处'],
      ['', '{+新增一段说明。+}', '新增第 3 段'],
    ]);
  });

  it('names a moved paragraph once, at its new place, and a deleted one by its old place', () => {
    const opening = '贵单位提出的关于加快推动高标准市场体系建设的建议收悉，现答复如下。';
    const situation = '柳州市作为广西主要工业城市，历届党委、政府高度重视质量工作，始终坚持质量第一的发展理念。';
    const measures = '柳州市坚持服务理念，积极探索充分发挥质量基础设施的支撑作用，综合检验检测能力达广西一流水平。';
    const closing = '下一步，我们将深入学习贯彻党的二十大精神，为柳州打造质量强国新标杆作出新的贡献。';
    const rows = changeTableRows(compareTexts([opening, situation, measures, closing].join('\n'), [measures, opening, situation].join('\n')));
    expect(rows.map((row) => row.note)).toEqual(['原第 3 段移到第 1 段', '删除原第 4 段']);
    expect(markedText(rows[0].before)).toBe(measures);
  });

  it('puts field value changes and heading level changes in the table', () => {
    const doc = (level: 1 | 2): LetterDocument => ({
      version: 1,
      blocks: [
        { role: 'heading', level, inlines: [{ t: 'text', text: '工作情况' }] },
        { role: 'body', inlines: [{ t: 'field', name: 'proposalNumber' }] },
      ],
    });
    const definitions = [{ name: 'proposalNumber', label: '提案号', type: 'text' as const }];
    const rows = changeTableRows(
      compareLetters({ content: doc(1), fields: { proposalNumber: '011' }, definitions }, { content: doc(2), fields: { proposalNumber: '012' }, definitions }),
    );
    expect(rows[0]).toMatchObject({ note: '字段「提案号」' });
    expect(rows.map((row) => row.note)).toContain('第 1 段，一级标题改为二级标题');
  });
});
