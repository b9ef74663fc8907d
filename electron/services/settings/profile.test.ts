import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { makeTestContext } from '../../testing/testContext';

const profile = { ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', defaultCc: '市政协提案委', replyTypeCodes: ['甲', '乙', '丙'] };

describe('the bureau profile service', () => {
  it('is read by every new draft: 署名 and 抄送 filled, the bureau’s 答复类型 codes offered', async () => {
    const { handlers } = makeTestContext();
    await handlers['profile.save'](profile);
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    expect(draft.fields).toMatchObject({ bureauName: '柳州市市场监督管理局', cc: '市政协提案委' });
    expect(draft.fieldDefinitions.find((f) => f.name === 'replyType')?.choices).toEqual(['甲', '乙', '丙']);
  });

  it('rolls out to another PC through its file; a wrong file changes nothing', async () => {
    const office = makeTestContext();
    await office.handlers['profile.save'](profile);
    const { text } = await office.handlers['profile.export']({});
    const desk = makeTestContext();
    expect(() => desk.handlers['profile.import']({ text: '{"format":"x"}' })).toThrow('不是本软件导出');
    expect(await desk.handlers['profile.get']({})).toEqual(EMPTY_PROFILE);
    await desk.handlers['profile.import']({ text });
    expect(await desk.handlers['profile.get']({})).toEqual(profile);
  });
});
