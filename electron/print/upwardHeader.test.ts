import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutOptions } from '../../shared/print/renderPrint';
import { PrintSettingsSchema } from '../../shared/print/settings';
import { GRID, TYPE_AREA } from '../../shared/print/metrics';
import { carry, drafterAndReviewer, SIGNER, typeParagraph } from '../testing/reviewTestKit';
import { resolveChromium } from './chromiumPath';
import { pdfFonts, readPdfLines } from './pdfMeasure';
import { redBands } from './redBands';
import { launchPrintBrowser, renderPdf } from './renderPdf';

const workDir = mkdtempSync(join(tmpdir(), 'dafu-upward-'));
const CHAR = TYPE_AREA.width / GRID.chars;
const upward = PrintSettingsSchema.parse({ documentHeader: true, upward: true, copyNumber: '36', secrecy: '秘密', secrecyTerm: '1年', urgency: '特急' });
const signerLine = (bodyHtml: string) => /<span class="dh-signer">(.*?)<\/span><\/p>/.exec(bodyHtml)?.[1];
const flat = (text: string) => text.replace(/\s/g, '');

describe('a 上行文 in 文件格式', () => {
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('prints the 签发人 from the verified 签发 only, 右空一字 on the 发文字号 line, in the PDF and the .docx alike', async () => {
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

    // Not signed yet: a marked placeholder, and the clerk is told.
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

    const browser = await launchPrintBrowser(resolveChromium());
    const file = join(workDir, 'upward.pdf');
    try {
      writeFileSync(file, (await renderPdf(browser, { ...after, layout: layoutOptions(upward) })).pdf);
    } finally {
      await browser.close();
    }
    const lines = readPdfLines(file)[0].lines;
    const number = lines.find((line) => flat(line.text).startsWith('柳市监函〔2023〕12号'))!;
    const signer = lines.find((line) => flat(line.text).endsWith('签发人：张局长'))!;
    expect(Math.abs(number.left - (TYPE_AREA.binding + CHAR))).toBeLessThan(0.5);
    expect(Math.abs(signer.right - (TYPE_AREA.binding + TYPE_AREA.width - CHAR))).toBeLessThan(0.5);
    expect(Math.abs(number.top - signer.top)).toBeLessThan(0.5);
    const rule = redBands(file, 1).at(-1)!;
    expect(rule.top).toBeGreaterThan(number.bottom);
    expect(Math.abs(rule.left - TYPE_AREA.binding)).toBeLessThan(0.3);
    expect(pdfFonts(file).filter((font) => font.type !== 'CID TrueType')).toEqual([]);

    // The .docx follows the print choices the clerk keeps: the same 版头, 签发人 included, as page 1's header.
    await reviewer.handlers['print.savePreferences']({ pageMarks: true, settings: upward });
    const docx = await JSZip.loadAsync(Buffer.from((await reviewer.handlers['drafts.exportDocx']({ draftId: draft.id })).data, 'base64'));
    const headers = await Promise.all(docx.file(/^word\/header\d*\.xml$/).map((part) => part.async('string')));
    expect(headers.filter((xml) => xml.includes('签发人：') && xml.includes('张局长') && xml.includes('柳市监函〔2023〕12号'))).toHaveLength(1);

    // The drafter's PC gets the 签发 with the package and prints the same 签发人.
    await carry(reviewer, drafter, draft.id);
    expect(signerLine((await drafter.handlers['print.render']({ draftId: draft.id, settings: upward })).bodyHtml)).toContain('张局长');
  }, 60_000);
});
