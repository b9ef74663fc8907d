import { describe, expect, it } from 'vitest';
import { recogniseLetter } from '../structure/recogniseLetter';
import { twoAttachmentLetter } from '../structure/fixtures/attachmentLetters';
import { exportLetterDocx } from './exportDocx';
import { letterFromDocx } from './letterFromDocx';
import { readDocx } from './readDocx';

describe('附件说明 through .docx', () => {
  it('keeps the attachment paragraphs and their role in Word and back', async () => {
    const recognised = recogniseLetter(twoAttachmentLetter);
    const bytes = await exportLetterDocx({
      title: '答复',
      content: recognised.document,
      fieldDefinitions: recognised.fieldDefinitions,
      fields: recognised.fields,
    });
    const back = letterFromDocx(await readDocx(bytes, '答复.docx'));
    const attachments = (blocks: typeof recognised.document.blocks) => blocks.filter((block) => block.role === 'attachment');
    expect(attachments(back.document.blocks)).toEqual(attachments(recognised.document.blocks));
    expect(attachments(back.document.blocks)).toHaveLength(2);
  });
});
