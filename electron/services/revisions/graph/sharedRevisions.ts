import { z } from 'zod';
import type { Db } from '../../../db/open';
import { readSetting, writeSetting } from '../../settings/records/settings';

const key = (draftId: string) => `revisions.shared.${draftId}`;
const Ids = z.array(z.string());

/**
 * Revisions that have been in a .dafu package, sent or received: another PC holds them too, so they
 * are never thinned here, and a line the other PC starts from one of them always finds its parent.
 */
export function sharedRevisionIds(db: Db, draftId: string): Set<string> {
  return new Set(readSetting(db, key(draftId), Ids) ?? []);
}

export function markShared(db: Db, draftId: string, revisionIds: readonly string[]): void {
  const known = sharedRevisionIds(db, draftId);
  if (revisionIds.every((id) => known.has(id))) return;
  writeSetting(db, key(draftId), [...new Set([...known, ...revisionIds])]);
}
