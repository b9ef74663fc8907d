import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../../shared/api/contract';
import { recogniseLetter } from '../../../shared/structure/recogniseLetter';
import type { ServiceContext } from '../context';
import { createDraftRecord } from './newDraft';

/** A new draft from a letter the clerk already has; its first revision holds the recognised text. */
export function importHandlers(ctx: ServiceContext): Pick<Handlers, 'drafts.import'> {
  return {
    'drafts.import': ({ fileName, text }) => {
      if (text.trim() === '') throw new ApiError('invalid_input', `「${fileName}」里没有文字，请选一份写有答复函正文的文本文件。`);
      const letter = recogniseLetter(text);
      const draft = createDraftRecord(ctx, {
        templateId: null,
        fieldDefinitions: letter.fieldDefinitions,
        fields: letter.fields,
        content: letter.document,
        firstRevision: { kind: 'import', note: `从文件「${fileName}」导入` },
        origin: `「${fileName}」`,
      });
      return { ...draft, warnings: letter.warnings };
    },
  };
}
