import type { Database } from 'better-sqlite3';
import { up as initial } from './0001-initial';
import { up as revisionDeltas } from './0002-revision-deltas';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** The one ordered list of schema versions. Never edit a shipped entry; append a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'revision-deltas', up: revisionDeltas },
];
