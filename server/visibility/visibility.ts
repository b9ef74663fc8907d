import type { ReviewEvent } from '../../shared/review/reviewEvent';
import type { EventVerdict } from '../../shared/review/verdicts';
import type { Queryable } from '../accounts/audit';
import type { Account } from '../accounts/accounts';

/**
 * Who sees a draft on the server: the 科室 of the person who first pushed it (its owner), the people
 * a review step was sent to (提交审核 to a reviewer, 审核通过 to a signer), and the 办公室, which checks
 * every 科室's format. Another 科室's drafts are neither listed nor sent, and cannot be pushed to.
 * Packages still carry any draft between PCs: this governs the server only.
 */
export const NOT_YOURS = '这份草稿属于别的科室，也没有送您审核，服务器不向您提供，也不接受您对它的修改。';

/**
 * SQL true where the account (`$account_unit`, `$user_id` as the given parameters) may see draft `d`.
 * A draft no one can be named the owner of (server migration 6) is the 办公室's alone.
 */
export const visibleSql = (draft: string, unitParam: string, userParam: string) =>
  `(${draft}.unit = ${unitParam}` +
  ` OR EXISTS (SELECT 1 FROM sync_draft_recipients r WHERE r.draft_id = ${draft}.id AND r.user_id = ${userParam})` +
  ` OR EXISTS (SELECT 1 FROM sync_draft_recipient_units u WHERE u.draft_id = ${draft}.id AND u.unit = ${unitParam}))`;

export const seesEverything = (account: Pick<Account, 'role'>) => account.role === 'office';

/** The parameters `visibleSql` reads: an account without an enrolled user id is sent nothing by name. */
export const visibilityParams = (account: Pick<Account, 'unit' | 'userId'>) => [account.unit, account.userId ?? '00000000-0000-0000-0000-000000000000'];

/**
 * Makes the draft's row when it is new to the server (owned by the pusher's 科室), else checks the
 * pusher may see it. Returns false when the draft is another 科室's and was not sent to them.
 */
export async function claimDraft(db: Queryable, account: Account, draftId: string): Promise<boolean> {
  await db.query("INSERT INTO sync_drafts (id, meta, seq, unit) VALUES ($1, '{}', 0, $2) ON CONFLICT (id) DO NOTHING", [draftId, account.unit]);
  return (await heldDraftVisible(db, account, draftId)) === true;
}

/** Whether the account may see a draft the server holds; undefined when it holds none of that id. */
export async function heldDraftVisible(db: Queryable, account: Account, draftId: string): Promise<boolean | undefined> {
  const { rows } = await db.query<{ visible: boolean }>(`SELECT ${visibleSql('d', '$2', '$3')} AS visible FROM sync_drafts d WHERE d.id = $1`, [
    draftId,
    ...visibilityParams(account),
  ]);
  if (rows.length === 0) return undefined;
  return seesEverything(account) || rows[0].visible;
}

/**
 * The people new review steps were sent to may see the draft from now on; a step sent to a 科室's
 * reviewers lets that 科室 see it, whoever joins it later.
 */
export async function recordRecipients(db: Queryable, draftId: string, events: readonly ReviewEvent[]): Promise<void> {
  const recipients = events.flatMap((event) => event.sentTo ?? []);
  const userIds = [...new Set(recipients.flatMap((recipient) => ('userId' in recipient ? [recipient.userId] : [])))];
  const units = [...new Set(recipients.flatMap((recipient) => ('unit' in recipient ? [recipient.unit] : [])))];
  if (userIds.length > 0)
    await db.query('INSERT INTO sync_draft_recipients (draft_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [draftId, userIds]);
  if (units.length > 0)
    await db.query('INSERT INTO sync_draft_recipient_units (draft_id, unit) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [draftId, units]);
}

/**
 * Why the server refuses a new step sent to a whole 科室, or null: only 提交审核 goes to all of a
 * 科室's reviewers, and only to the 科室 of the person who took it (as the key list names it).
 * Judged when the step arrives, never on replay, so a person who later moves 科室 keeps their history.
 */
export function unitRecipientProblem(event: ReviewEvent, verdict: EventVerdict | undefined): string | null {
  const unit = event.sentTo?.find((recipient) => 'unit' in recipient);
  if (!unit || !('unit' in unit)) return null;
  if (event.action !== 'submit') return '只有提交审核能送本科室全部审核人，这一步未被接受。';
  const own = verdict?.kind === 'verified' ? verdict.unit : null;
  if (unit.unit === own) return null;
  return `这一步送给了${unit.unit}的全部审核人，服务器不接受：只能送本科室全部审核人，或选定某一位审核人。`;
}
