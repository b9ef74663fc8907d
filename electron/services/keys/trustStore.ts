import { provenRow, provenRows } from '../../db/rowSums/provenRows';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { keyListBytes, SignedKeyListSchema, type KeyListBody } from '../../../shared/trust/keyList';
import type { LocalKey, TrustView } from '../../../shared/trust/trustView';
import type { Db } from '../../db/open';
import type { UserPermission } from '../../../shared/review/users';
import { readSetting, writeSetting } from '../settings/records/settings';
import { verifyingPort } from './verifyingPort';

const DEVICE = 'device.id';

/** This PC's id: the migration gives every store one; a store made before it got one here. */
export function deviceId(db: Db): string {
  const known = readSetting(db, DEVICE, z.string().min(1));
  if (known) return known;
  const id = randomUUID();
  writeSetting(db, DEVICE, id);
  return id;
}

export interface Pin {
  fingerprint: string;
  at: string;
  action: 'pin' | 'repin';
}

/** The bureau root this PC pinned, as the trust log last says; null before the first key list. */
export function pinnedRoot(db: Db): Pin | null {
  const row = provenRow(db, 'trust_log', db.prepare('SELECT * FROM trust_log ORDER BY id DESC LIMIT 1').get() as (Pin & object) | undefined);
  return row ? { fingerprint: row.fingerprint, at: row.at, action: row.action } : null;
}

export interface HeldList {
  body: KeyListBody;
  receivedAt: string;
}

/** The newest key list this PC holds from its pinned root, its signature proven again; null when none. */
export function heldKeyList(db: Db): HeldList | null {
  const pin = pinnedRoot(db);
  if (!pin) return null;
  const row = provenRow(
    db,
    'key_lists',
    db.prepare('SELECT * FROM key_lists WHERE root_fingerprint = ? ORDER BY serial DESC LIMIT 1').get(pin.fingerprint) as
      { list: string; received_at: string } | undefined,
  );
  if (!row) return null;
  const parsed = SignedKeyListSchema.safeParse(JSON.parse(row.list));
  if (!parsed.success || !verifyingPort.verify(parsed.data.body.root, keyListBytes(parsed.data.body), parsed.data.signature)) return null;
  return { body: parsed.data.body, receivedAt: row.received_at };
}

/** The users of this PC and what each may do here, as they said when they said who they are. */
export type LocalUsers = readonly { id: string; permissions: readonly UserPermission[] }[];

/** Keys made on this PC, with what their holders may do here. */
export function localKeys(db: Db, users: LocalUsers): Map<string, LocalKey> {
  const permissions = new Map(users.map((user) => [user.id, user.permissions]));
  const rows = provenRows(db, 'local_keys', db.prepare('SELECT * FROM local_keys').all() as { public_key: string; user_id: string }[]);
  return new Map(rows.map((row) => [row.public_key, { userId: row.user_id, permissions: permissions.get(row.user_id) ?? [] }]));
}

export function trustView(db: Db, users: LocalUsers): TrustView {
  return { list: heldKeyList(db)?.body ?? null, localKeys: localKeys(db, users), deviceId: deviceId(db) };
}
