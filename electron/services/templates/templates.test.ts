import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../testing/testContext';

describe('templates a clerk makes their own', () => {
  it('saves a draft as a template that starts new drafts with the same prose and fields, values left out', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await handlers['drafts.save']({ draftId: draft.id, base: draft.base, content: draft.content, fields: { proposer: '九三学社柳州市委员会' } });
    const own = await handlers['templates.saveFromDraft']({ draftId: draft.id, name: '质量强市类答复', description: '' });
    expect(own).toMatchObject({ origin: 'own', name: '质量强市类答复', hidden: false });
    expect(own.preview.join('')).toContain('〔提案者〕');

    const fresh = await handlers['drafts.create']({ templateId: own.id });
    expect(fresh.content).toEqual(draft.content);
    expect(fresh.fields.proposer).toBeUndefined();
  });

  it('renames and deletes only the clerk’s own; built-ins are hidden and brought back instead', async () => {
    const { handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const own = await handlers['templates.saveFromDraft']({ draftId: draft.id, name: '甲', description: '' });
    expect((await handlers['templates.update']({ templateId: own.id, name: '乙', description: '新说明' })).name).toBe('乙');
    expect(() => handlers['templates.delete']({ templateId: 'zhengxie-lead' })).toThrow('内置模板不能修改或删除');
    expect(() => handlers['templates.setHidden']({ templateId: own.id, hidden: true })).toThrow('只有内置模板可以隐藏');

    await handlers['templates.setHidden']({ templateId: 'renda-lead', hidden: true });
    expect((await handlers['templates.list']({})).find((t) => t.id === 'renda-lead')?.hidden).toBe(true);
    await handlers['templates.setHidden']({ templateId: 'renda-lead', hidden: false });
    expect((await handlers['templates.list']({})).find((t) => t.id === 'renda-lead')?.hidden).toBe(false);

    await handlers['templates.delete']({ templateId: own.id });
    expect((await handlers['templates.list']({})).some((t) => t.id === own.id)).toBe(false);
  });

  it('keep their own ids, so a new built-in shipped by an upgrade can never replace one', async () => {
    const { ctx, handlers } = makeTestContext();
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    const own = await handlers['templates.saveFromDraft']({ draftId: draft.id, name: '我的', description: '' });
    expect(own.id).toMatch(/^own-/);
    expect(ctx.templates.every((t) => !t.id.startsWith('own-'))).toBe(true);
  });
});
