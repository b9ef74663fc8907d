import type { Database } from 'better-sqlite3';
import { up as initial } from './0001-initial';
import { up as revisionDeltas } from './0002-revision-deltas';
import { up as cases } from './0003-cases';
import { up as ownNamesAndTemplates } from './0004-own-names-and-templates';
import { up as review } from './0005-review';
import { up as docNumbers } from './0006-doc-numbers';
import { up as caseAnswer } from './0007-case-answer';
import { up as rowSums } from './0008-row-sums';
import { up as signedReview } from './0009-signed-review';
import { up as signingRowSums } from './0010-signing-row-sums';
import { up as reviewRecipients } from './0013-review-recipients';
import { up as printedSearchText } from './0011-printed-search-text';
import { up as provisionalDocNumbers } from './0012-provisional-doc-numbers';
import { up as syncBookkeeping } from './0014-sync-bookkeeping';
import { up as coProposers } from './0015-co-proposers';
import { up as draftTombstones } from './0016-draft-tombstones';
import { up as draftListIndex } from './0017-draft-list-index';
import { up as noticesReadPositions } from './0018-notices-read-positions';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** The one ordered list of schema versions. Never edit a shipped entry; append a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'revision-deltas', up: revisionDeltas },
  { version: 3, name: 'cases', up: cases },
  { version: 4, name: 'own-names-and-templates', up: ownNamesAndTemplates },
  { version: 5, name: 'review', up: review },
  { version: 6, name: 'doc-numbers', up: docNumbers },
  { version: 7, name: 'case-answer', up: caseAnswer },
  { version: 8, name: 'row-sums', up: rowSums },
  { version: 9, name: 'signed-review', up: signedReview },
  { version: 10, name: 'signing-row-sums', up: signingRowSums },
  { version: 11, name: 'printed-search-text', up: printedSearchText },
  { version: 12, name: 'provisional-doc-numbers', up: provisionalDocNumbers },
  { version: 13, name: 'review-recipients', up: reviewRecipients },
  { version: 14, name: 'sync-bookkeeping', up: syncBookkeeping },
  { version: 15, name: 'co-proposers', up: coProposers },
  { version: 16, name: 'draft-tombstones', up: draftTombstones },
  { version: 17, name: 'draft-list-index', up: draftListIndex },
  { version: 18, name: 'notices-read-positions', up: noticesReadPositions },
];
