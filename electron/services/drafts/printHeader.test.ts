import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { PrintSettingsSchema } from '../../../shared/print/settings';
import { carry, drafterAndReviewer, SIGNER, typeParagraph } from '../../testing/reviewTestKit';

const upward = PrintSettingsSchema.parse({ documentHeader: true, upward: true, copyNumber: '36', secrecy: '秘密', secrecyTerm: '1年', urgency: '特急' });
const signerLine = (bodyHtml: string) => /<span class="dh-signer">(.*?)<\/span><\/p>/.exec(bodyHtml)?.[1];

describe('the 文件格式 版头 of a 上行文', () => {
  it('prints the 签发人 from the verified 签发 and nowhere else; before it, a marked placeholder the clerk is told about', async () => {
    const { drafter, reviewer } = drafterAndReviewer();
    const draft = await drafter.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    await drafter.handlers['drafts.save']({
      draftId: draft.id,
      base: draft.base,
      content: draft.content,
      fields: { ...draft.fields, docNumber: '柳市监函〔2023〕12号' },
    });
    await typeParagraph(drafter, draft.id, '经研究，现答复如下。');
    await drafter.handlers['review.transition']({ draftId: draft.id, action: 'submit' });
    await carry(drafter, reviewer, draft.id);
    await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'approve' });

    const before = await reviewer.handlers['print.render']({ draftId: draft.id, settings: upward });
    expect(signerLine(before.bodyHtml)).toBe('签发人：<span class="dh-signer-name"><span class="unfilled">〔签发人（尚未签发）〕</span></span>');
    expect(before.unfilled).toContain('签发人（尚未签发）');

    reviewer.as(SIGNER);
    await reviewer.handlers['review.transition']({ draftId: draft.id, action: 'sign', signer: '张局长', signedOn: '2026-05-26' });
    const after = await reviewer.handlers['print.render']({ draftId: draft.id, settings: upward });
    expect(signerLine(after.bodyHtml)).toBe('签发人：<span class="dh-signer-name">张局长</span>');
    expect(after.unfilled).not.toContain('签发人（尚未签发）');
    // 份号 in six digits, 密级★保密期限, 紧急程度, then the 发文字号 once: in the 版头, not again as the template's line.
    expect(after.bodyHtml).toMatch(/<p class="dm dm-copy">000036<\/p><p class="dm dm-secrecy">秘密★1年<\/p><p class="dm dm-urgency">特急<\/p>/);
    expect(after.bodyHtml.split('柳市监函〔2023〕12号')).toHaveLength(2);
    // The .docx follows the print choices the clerk keeps: the same 版头, 签发人 included, as page 1's header.
    await reviewer.handlers['print.savePreferences']({ pageMarks: true, settings: upward });
    const docx = await JSZip.loadAsync(Buffer.from((await reviewer.handlers['drafts.exportDocx']({ draftId: draft.id })).data, 'base64'));
    const headers = await Promise.all(docx.file(/^word\/header\d*\.xml$/).map((file) => file.async('string')));
    expect(headers.filter((xml) => xml.includes('签发人：') && xml.includes('张局长') && xml.includes('柳市监函〔2023〕12号'))).toHaveLength(1);
    // The drafter's PC gets the 签发 with the package and prints the same 签发人.
    await carry(reviewer, drafter, draft.id);
    expect(signerLine((await drafter.handlers['print.render']({ draftId: draft.id, settings: upward })).bodyHtml)).toContain('张局长');
  });

  it('refuses a 份号 that is not digits and a 密级 the standard does not know, in Chinese', () => {
    expect(PrintSettingsSchema.safeParse({ copyNumber: '12a' }).error?.issues[0].message).toBe('份号只能是 1 到 6 位数字');
    expect(PrintSettingsSchema.safeParse({ secrecy: '内部' }).error?.issues[0].message).toBe('密级只能是秘密、机密或绝密');
  });
});
