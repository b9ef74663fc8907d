import { describe, expect, it } from 'vitest';
import { TemplateSchema, instantiateTemplate } from './template';

const minimal = {
  id: 'demo',
  name: '示例',
  kind: 'zhengxie',
  description: '一句话说明',
  fields: [{ name: 'proposer', label: '提案者', type: 'person' }],
  blocks: [{ role: 'addressee', text: '{{proposer}}：' }],
};

describe('templates', () => {
  it('turns {{placeholders}} into field runs', () => {
    const template = TemplateSchema.parse(minimal);
    expect(instantiateTemplate(template).blocks[0].inlines).toEqual([
      { t: 'field', name: 'proposer' },
      { t: 'text', text: '：' },
    ]);
  });

  it('refuses a placeholder that names no field', () => {
    const result = TemplateSchema.safeParse({ ...minimal, blocks: [{ role: 'body', text: '{{nobody}}' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain('nobody');
  });

  it('refuses an unknown field type with a clear message', () => {
    const result = TemplateSchema.safeParse({
      ...minimal,
      fields: [{ name: 'proposer', label: '提案者', type: 'colour' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('不认识的字段类型');
  });
});
