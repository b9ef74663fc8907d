/** What the store's upkeep thread is asked to do after start: the full check, the day's backup, or both. */
export interface UpkeepJob {
  file: string;
  /** SQLite's integrity check, the schema and the foreign keys, left out of opening to keep start fast. */
  fullCheck: boolean;
  /** When the scheduled backup is due: the time it is named by; null when none is due. */
  backupAt: string | null;
}

export interface UpkeepReport {
  /** Damage the full check found, in SQLite's and the schema check's words; empty when sound. */
  problems: string[];
  /** Drafts whose rows no longer match their checksums (the list reads only some columns of each, and says so from this). */
  damagedDrafts: string[];
  /** Why the day's backup was not kept (rows that no longer match their checksums); null when kept or not due. */
  backupRefused: string[] | null;
}
