import type { Handlers } from '../../shared/api/contract';
import type { ServiceContext } from './context';
import { draftHandlers } from './drafts';
import { importHandlers } from './imports';
import { draftLibraryHandlers } from './draftLibrary';
import { preferenceHandlers } from './preferences';
import { printPreferenceHandlers } from './printPreferences';
import { wordListHandlers } from './wordList';
import { profileHandlers } from './profile';
import { revisionHandlers } from './revisions';
import { printHandlers } from './print';
import { templateHandlers } from './templates';
import { storeHandlers } from './storeHandlers';
import { docxImportHandlers } from './docxImports';
import { letterExportHandlers } from './letterExports';
import { caseHandlers } from './cases';
import { caseImportHandlers } from './caseImport';
import { caseExportHandlers } from './caseExport';
import { searchHandlers } from './search';
import { userHandlers, withCurrentUser } from './users';
import { commentHandlers } from './comments';
import { uploadHandlers } from './uploads';
import { reviewHandlers } from './review';
import { packageHandlers } from './packages';
import { mergeSourceHandlers } from './mergeSources';
import { shellFallbacks } from './shellFallbacks';
import { docNumberHandlers } from './docNumbers';
import { retentionHandlers } from './retentionRuns';

/** Every call's handler; a call in the contract without one here is a compile error. */
export function createHandlers(ctx: ServiceContext): Handlers {
  // Revisions, comments and review steps record the user who said who they are on this PC.
  ctx = withCurrentUser(ctx);
  return {
    ...templateHandlers(ctx),
    ...draftHandlers(ctx),
    ...importHandlers(ctx),
    ...draftLibraryHandlers(ctx),
    ...revisionHandlers(ctx),
    ...storeHandlers(ctx.store),
    ...printHandlers(ctx),
    ...profileHandlers(ctx),
    ...preferenceHandlers(ctx),
    ...printPreferenceHandlers(ctx),
    ...wordListHandlers(ctx),
    ...docxImportHandlers(ctx),
    ...letterExportHandlers(ctx),
    ...caseHandlers(ctx),
    ...caseImportHandlers(ctx),
    ...caseExportHandlers(ctx),
    ...searchHandlers(ctx),
    ...userHandlers(ctx),
    ...commentHandlers(ctx),
    ...uploadHandlers(ctx),
    ...reviewHandlers(ctx),
    ...packageHandlers(ctx),
    ...mergeSourceHandlers(ctx),
    ...docNumberHandlers(ctx),
    ...retentionHandlers(ctx),
    ...shellFallbacks(),
  };
}
