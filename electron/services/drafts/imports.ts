import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/contract';
import { recogniseLetter } from '../../../shared/structure/recogniseLetter';
import { splitLongText } from '../../../shared/structure/splitLongText';
import type { ServiceContext } from '../context';
import { createDraftRecord } from './newDraft';

/** A new draft from a letter the clerk already has; its first revision holds the recognised text. */
export function importHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.import'> {
  const importOne = (text: string, fileName: string, part: string) => {
    const letter = recogniseLetter(text);
    const draft = createDraftRecord(ctx, {
      templateId: null,
      fieldDefinitions: letter.fieldDefinitions,
      fields: letter.fields,
      content: letter.document,
      firstRevision: { kind: 'import', note: `从文件「${fileName}」${part}导入` },
      origin: `「${fileName}」${part}`,
    });
    return { draft, warnings: letter.warnings };
  };

  return {
    'drafts.import': ({ fileName, text, split }) => {
      if (text.trim() === '') throw new ApiError('invalid_input', `「${fileName}」里没有文字，请选一份写有答复函正文的文本文件。`);
      const texts = split ? splitLongText(text) : [text];
      const part = (index: number) => (texts.length > 1 ? `第 ${index + 1}/${texts.length} 份` : '');
      // All parts or none: a split that fails halfway leaves no stray first parts behind.
      const made = ctx.db.transaction(() => texts.map((piece, index) => importOne(piece, fileName, part(index))))();
      const [first] = made;
      return { ...first.draft, warnings: first.warnings, parts: made.map(({ draft }) => ({ id: draft.id, title: draft.title })) };
    },
  };
}
