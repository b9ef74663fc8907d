import type { Handlers } from '../../../shared/api/contract';
import { renderPrint } from '../../../shared/print/renderPrint';
import { DEFAULT_PRINT_SETTINGS } from '../../../shared/print/settings';
import type { ServiceContext } from '../context';
import { loadDraftRow, toDraft } from './records/draftRecords';
import { readProfile } from '../settings/profile';
import { shippedFontFaces } from './printFonts';
import { verifiedLog } from '../review/verifiedLog';
import { issuedBy } from '../../../shared/trust/issuedBy';

/** The 签发人 of a 上行文: taken from the draft's verified review log, never typed a second time. */
export function signedOffBy(ctx: ServiceContext, draftId: string): string | null {
  const { events, replay } = verifiedLog(ctx.db, draftId);
  return issuedBy(events, replay.counted);
}

/** The print markup of a draft's working copy; pages are laid out where it is shown (Chromium). */
export function printHandlers(ctx: ServiceContext): Pick<Handlers, 'print.render'> {
  return {
    'print.render': ({ draftId, settings = DEFAULT_PRINT_SETTINGS }) => {
      const draft = toDraft(loadDraftRow(ctx.db, draftId));
      const { css, bodyHtml, unfilled } = renderPrint({
        document: draft.content,
        fieldDefinitions: draft.fieldDefinitions,
        fields: draft.fields,
        settings,
        letterHeader: readProfile(ctx.db).letterHeader,
        issuedBy: settings.upward ? signedOffBy(ctx, draftId) : null,
      });
      const fonts = ctx.fontsDir === undefined ? '' : shippedFontFaces(ctx.fontsDir, bodyHtml);
      return { title: draft.title, css: fonts + css, bodyHtml, unfilled, settings };
    },
  };
}
