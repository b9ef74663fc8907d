import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/fieldDefinition';
import { TemplateSchema, instantiateTemplate } from './template';
import { templateFromLetter, templatePreview } from './templateFromLetter';

const fields: FieldDefinition[] = [
  { name: 'replyType', label: '答复类型', type: 'choice', choices: ['A', 'B', 'C'] },
  { name: 'replyClosing', label: '结束语', type: 'text', follows: { field: 'replyType', texts: { A: '已解决。' } } },
  { name: 'proposer', label: '提案者', type: 'person' },
  { name: 'unused', label: '没用到', type: 'text' },
];

describe('saving a letter as a template', () => {
  const letter = {
    version: 1 as const,
    blocks: [
      {
        role: 'addressee' as const,
        inlines: [
          { t: 'field' as const, name: 'proposer' },
          { t: 'text' as const, text: '：' },
        ],
      },
      { role: 'heading' as const, level: 1 as const, inlines: [{ t: 'text' as const, text: '一、基本情况' }] },
      { role: 'closing' as const, inlines: [{ t: 'field' as const, name: 'replyClosing' }] },
    ],
  };

  it('keeps the prose, levels and fields (with what a field follows) and comes back as the same letter', () => {
    const template = TemplateSchema.parse(templateFromLetter(letter, fields, { id: 'own-1', name: '我的模板', kind: 'zhengxie', description: '说明' }));
    expect(template.fields.map((field) => field.name)).toEqual(['replyType', 'replyClosing', 'proposer']);
    expect(instantiateTemplate(template)).toEqual(letter);
  });

  it('previews its first lines with fields shown as their labels', () => {
    const template = templateFromLetter(letter, fields, { id: 'own-1', name: '我的模板', kind: 'zhengxie', description: '说明' });
    expect(templatePreview(template, 2)).toEqual(['〔提案者〕：', '一、基本情况']);
  });
});
