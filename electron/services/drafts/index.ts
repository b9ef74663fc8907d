import { defineDomain } from '../domain';
import { docxImportHandlers } from './docxImports';
import { draftLibraryHandlers } from './draftLibrary';
import { draftRecoveryHandlers } from './draftRecovery';
import { draftHandlers } from './drafts';
import { importHandlers } from './imports';
import { letterExportHandlers } from './letterExports';
import { printHandlers } from './print';
import { trackedExportHandlers } from './trackedExport';

/** Drafts: making, saving, listing and deleting them, recovering a damaged one, letters in from text and Word, and out to Word, text and print. */
export const draftsDomain = defineDomain('drafts', [
  draftHandlers,
  draftLibraryHandlers,
  draftRecoveryHandlers,
  importHandlers,
  docxImportHandlers,
  letterExportHandlers,
  trackedExportHandlers,
  printHandlers,
]);
