import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/fieldDefinition';
import { makeFieldRenderer } from '../fields/formatField';
import { EMPTY_PROFILE, applyProfile } from './bureauProfile';

const fields: FieldDefinition[] = [
  { name: 'replyType', label: '答复类型', type: 'choice', choices: ['A', 'B', 'C'] },
  { name: 'replyClosing', label: '结束语', type: 'text', follows: { field: 'replyType', texts: { A: '已解决。', B: '列入计划。', C: '留作参考。' } } },
  { name: 'bureauName', label: '署名机关', type: 'text' },
  { name: 'cc', label: '抄送单位', type: 'text' },
];

const liuzhou = {
  ...EMPTY_PROFILE,
  fullName: '柳州市市场监督管理局',
  shortName: '柳州市市场监管局',
  defaultCc: '市政协提案委，市政府督查室',
  replyTypeCodes: ['甲', '乙', '丙', '丁'],
};

describe('the bureau profile', () => {
  it('fills 署名 and 抄送 for a new draft and uses the bureau’s own 答复类型 codes', () => {
    const { definitions, values } = applyProfile(fields, liuzhou);
    expect(values).toEqual({ bureauName: '柳州市市场监督管理局', cc: '市政协提案委，市政府督查室' });
    expect(definitions[0].choices).toEqual(['甲', '乙', '丙', '丁']);
    const render = (code: string) => makeFieldRenderer(definitions, { replyType: code })('replyClosing');
    expect(render('甲')).toBe('已解决。');
    expect(render('丙')).toBe('留作参考。');
    expect(render('丁')).toBe('〔结束语〕');
  });
});
