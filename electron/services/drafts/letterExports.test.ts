import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../../shared/profile/bureauProfile';
import { makeTestContext } from '../../testing/testContext';
import { PrintSettingsSchema, type PrintSettings } from '../../../shared/print/settings';

async function exportedDocumentXml(letterHeader: string, settings?: PrintSettings) {
  const { handlers } = makeTestContext();
  await handlers['profile.save']({ ...EMPTY_PROFILE, fullName: '柳州市市场监督管理局', letterHeader });
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  const { data } = await handlers['drafts.exportDocx']({ draftId: draft.id, settings });
  const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
  const header = Object.keys(zip.files).find((name) => /^word\/header\d*\.xml$/.test(name));
  return { document: await zip.file('word/document.xml')!.async('string'), header: header && (await zip.file(header)!.async('string')) };
}

describe('exporting a draft as .docx for the bureau', () => {
  it('uses 信函格式 with the profile’s 版头 when the bureau has set one', async () => {
    const { document, header } = await exportedDocumentXml('柳州市市场监督管理局（函）');
    expect(header).toContain('柳州市市场监督管理局（函）');
    expect(document).toContain('<w:titlePg/>');
    expect(document).not.toContain('DafuIssued');
  });

  it('uses the ordinary layout, with the 印发 line in the 版记, when it has not', async () => {
    const { document, header } = await exportedDocumentXml('');
    expect(header).toBeUndefined();
    expect(document).toContain('DafuIssued');
  });

  it('carries the 份号, 密级 and 紧急程度 the clerk chose into page 1’s header, in either layout', async () => {
    const settings = PrintSettingsSchema.parse({ copyNumber: '3', secrecy: '秘密', urgency: '特急' });
    for (const letterHeader of ['', '柳州市市场监督管理局（函）']) {
      const { header } = await exportedDocumentXml(letterHeader, settings);
      expect(header).toMatch(/000003<\/w:t>.*秘密<\/w:t>.*特急<\/w:t>/s);
    }
  });
});
