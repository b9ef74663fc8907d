import type { UserPermission } from '../review/users';
import type { KeyListBody } from './keyList';

/** A key made on this PC: whose it is, and what that user may do here. */
export interface LocalKey {
  userId: string;
  permissions: readonly UserPermission[];
}

/** Everything a PC trusts when it judges a signature: the bureau's list (if it has one) and its own keys. */
export interface TrustView {
  /** The key list this PC accepted under its pinned root; null on a PC without one. */
  list: KeyListBody | null;
  localKeys: ReadonlyMap<string, LocalKey>;
  /** This PC's id: the only place an unsigned event from before signing counts. */
  deviceId: string;
}

/** What this PC knows of a draft beyond its events. */
export interface DraftFacts {
  draftId: string;
  /** The content hash of each of the draft's revisions this PC holds. */
  revisionHashes: ReadonlyMap<string, string>;
  /** When each event reached this PC (logged here, or imported). */
  firstSeen: ReadonlyMap<string, string>;
  /** Events logged on this PC itself rather than received in a package. */
  madeHere: ReadonlySet<string>;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** An instant as the app writes it (UTC, ISO 8601): only such times are compared. */
export const isInstant = (text: string) => INSTANT.test(text) && !Number.isNaN(Date.parse(text));

/** Compares two instants by the moment they name. */
export const before = (a: string, b: string) => Date.parse(a) < Date.parse(b);
