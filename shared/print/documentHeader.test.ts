import { describe, expect, it } from 'vitest';
import { documentHeaderHtml } from './documentHeader';
import { documentHeaderCss } from './documentHeaderCss';
import { PrintSettingsSchema } from './settings';

const values = { organ: '柳州市市场监督管理局', docNumber: '柳市监函〔2023〕12号', signer: null };

describe('the 版头 markup', () => {
  it('stacks only the marks asked for, and gives the name a top that allows for them', () => {
    const html = documentHeaderHtml(PrintSettingsSchema.parse({ documentHeader: true, urgency: '加急' }), values);
    expect(html).toBe(
      '<div class="doc-head doc-head--1 keep"><div class="doc-marks"><p class="dm dm-urgency">加急</p></div><p class="dh-name">柳州市市场监督管理局</p><p class="dh-number">柳市监函〔2023〕12号</p><div class="dh-rule"></div></div>',
    );
  });

  it('prints the marks alone under the 信函格式 header and nothing at all when none is asked for', () => {
    expect(documentHeaderHtml(PrintSettingsSchema.parse({ format: 'letter', documentHeader: true, copyNumber: '7' }), { ...values, docNumber: '' })).toBe(
      '<div class="doc-head keep"><div class="doc-marks"><p class="dm dm-copy">000007</p></div></div>',
    );
    expect(documentHeaderHtml(PrintSettingsSchema.parse({}), values)).toBe('');
  });

  it('in 信函格式 puts the 发文字号 flush right on the first mark’s line, in 仿宋 whatever the mark’s font', () => {
    expect(documentHeaderHtml(PrintSettingsSchema.parse({ format: 'letter', secrecy: '机密', urgency: '特急' }), values)).toBe(
      '<div class="doc-head keep"><div class="doc-marks"><p class="dm dm-secrecy dm--numbered">机密<span class="dm-number">柳市监函〔2023〕12号</span></p><p class="dm dm-urgency">特急</p></div></div>',
    );
    expect(documentHeaderCss()).toContain('.dm-number { font-family: "仿宋_GB2312"');
  });

  it('refuses a 份号 that is not digits and a 密级 the standard does not know, in Chinese', () => {
    expect(PrintSettingsSchema.safeParse({ copyNumber: '12a' }).error?.issues[0].message).toBe('份号只能是 1 到 6 位数字');
    expect(PrintSettingsSchema.safeParse({ secrecy: '内部' }).error?.issues[0].message).toBe('密级只能是秘密、机密或绝密');
  });
});
