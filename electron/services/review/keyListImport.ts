import type { KeyListImport } from '../../../shared/api/keyCalls';
import { ApiError } from '../../../shared/api/errors';
import type { ReviewState } from '../../../shared/model/draft';
import { normaliseFingerprint } from '../../../shared/signing/port';
import { canonicalJson } from '../../../shared/model/canonicalJson';
import { checkKeyList, type KeyListVerdict } from '../../../shared/trust/keyList';
import type { ServiceContext } from '../context';
import { heldKeyList, pinnedRoot } from '../keys/trustStore';
import { verifyingPort } from '../keys/verifyingPort';
import { readCurrentUser } from './users';
import { currentTrust, settleReviewState } from './verifiedLog';

/** Every draft with review events verified again against what this PC trusts now; those whose state changed. */
export function settleAllDrafts(ctx: ServiceContext, time: string): { draftId: string; title: string; from: ReviewState; to: ReviewState }[] {
  const { db } = ctx;
  const trust = currentTrust(db);
  const drafts = db
    .prepare('SELECT d.id, coalesce(d.name, d.title) AS title FROM drafts d WHERE EXISTS (SELECT 1 FROM review_events e WHERE e.draft_id = d.id)')
    .all() as { id: string; title: string }[];
  return drafts.flatMap((draft) => {
    const { from, to } = settleReviewState(db, draft.id, time, trust);
    return from === to ? [] : [{ draftId: draft.id, title: draft.title, from, to }];
  });
}

interface ImportInput {
  text: string;
  /** The root's fingerprint as IT announced it, typed back by the clerk: needed to pin a root. */
  fingerprint?: string;
  /** Replace the pinned root by this list's: an explicit, logged act. */
  repin?: boolean;
}

/**
 * Takes a key list file on this PC. The first list pins its root, once the clerk has compared the
 * fingerprint with the one IT announced and typed it back; later lists must be signed by that root
 * and be no older. Re-pinning another root is the same, asked for explicitly, and logged. Every
 * draft's events are verified again against the new list.
 */
export function importKeyList(ctx: ServiceContext, input: ImportInput): KeyListImport {
  const { db } = ctx;
  const pin = pinnedRoot(db);
  const held = heldKeyList(db);
  let verdict: KeyListVerdict = checkKeyList(input.text, pin ? { fingerprint: pin.fingerprint, current: held?.body ?? null } : null, verifyingPort);
  let action: 'pin' | 'repin' | null = null;
  if (!verdict.ok && input.repin && pin) {
    const fresh = checkKeyList(input.text, null, verifyingPort);
    if (fresh.ok && fresh.fingerprint !== pin.fingerprint) [verdict, action] = [fresh, 'repin'];
  }
  if (!verdict.ok) throw new ApiError('forbidden', verdict.reason);
  if (verdict.firstPin && !action) action = 'pin';
  const { list, fingerprint } = verdict;
  const about = { bureau: list.bureau, serial: list.serial, keys: list.keys.length, fingerprint };
  if (action) {
    if (input.fingerprint === undefined) return { outcome: 'confirm', repin: action === 'repin', ...about };
    if (normaliseFingerprint(input.fingerprint) !== fingerprint) {
      throw new ApiError('forbidden', '您输入的指纹与这份单位密钥清单的根密钥指纹不符。请核对信息科公布的指纹；不符时不要导入这个文件，并告知信息科。');
    }
  }
  const time = ctx.now().toISOString();
  return db.transaction(() => {
    if (action) {
      const by = readCurrentUser(db)?.name ?? ctx.author;
      db.prepare('INSERT INTO trust_log (at, action, fingerprint, previous, by_user) VALUES (?, ?, ?, ?, ?)').run(
        time,
        action,
        fingerprint,
        pin?.fingerprint ?? null,
        by,
      );
    }
    const same = !action && verdict.same;
    if (!same) {
      const signed = JSON.parse(input.text) as unknown;
      db.prepare('INSERT OR IGNORE INTO key_lists (root_fingerprint, serial, list, received_at) VALUES (?, ?, ?, ?)').run(
        fingerprint,
        list.serial,
        canonicalJson(signed),
        time,
      );
    }
    const changed = settleAllDrafts(ctx, time);
    return {
      outcome: 'imported' as const,
      ...about,
      pinned: action === 'pin' ? ('new' as const) : action === 'repin' ? ('repinned' as const) : ('kept' as const),
      same,
      changed,
    };
  })();
}
