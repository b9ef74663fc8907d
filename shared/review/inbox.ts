import { z } from 'zod';
import { REVIEW_STATES, Uuid } from '../model/draft';
import { recipientIncludes, type ReviewEvent } from './reviewEvent';
import type { UserRole } from './users';

/**
 * 待我审核 and the drafter's notices, decided from a draft's counted review events (chain order) alone,
 * so that a PC with or without a server tells the same: a draft waits for a reviewer when it was
 * submitted to them or to all of their 科室's reviewers (or, with no one chosen, to their 科室), for a signer when it was approved and
 * sent to them (or to no one in particular); the drafter hears of 退回, 审核通过 and 签发 after their 提交审核.
 */
export const WaitingItemSchema = z.object({
  draftId: Uuid,
  title: z.string(),
  state: z.enum(REVIEW_STATES),
  /** Who sent it, and when: the inbox lists the oldest first. */
  sentBy: z.string(),
  since: z.string(),
  /** The case's 办理期限 (YYYY-MM-DD), when the draft has a case. */
  dueOn: z.string().nullable(),
  /** The revision this person last acted on (their 退回…): what 对比上次看过的 compares the current text with. */
  lastSeenRevisionId: z.string().nullable(),
});
export type WaitingItem = z.infer<typeof WaitingItemSchema>;

export const NOTICE_ACTIONS = ['return', 'approve', 'sign', 'paperSign'] as const;
export const NoticeSchema = z.object({
  eventId: Uuid,
  draftId: Uuid,
  title: z.string(),
  action: z.enum(NOTICE_ACTIONS),
  actor: z.string(),
  reason: z.string().nullable(),
  time: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;

export interface Me {
  userId: string;
  role: UserRole;
  unit: string;
}

export interface DraftForInbox {
  draftId: string;
  title: string;
  dueOn: string | null;
  /** The counted events, in chain order. */
  counted: readonly ReviewEvent[];
}

const sentToMe = (event: ReviewEvent, me: Me) => event.sentTo?.some((recipient) => recipientIncludes(recipient, me)) ?? false;

/** Whether the draft waits for `me`, and since when; null when it does not. */
export function waitingFor(me: Me, draft: DraftForInbox): WaitingItem | null {
  const last = draft.counted.at(-1);
  if (!last) return null;
  const waitsForReview = last.action === 'submit' && me.role === 'reviewer' && (last.sentTo ? sentToMe(last, me) : last.actorUnit === me.unit);
  const waitsForSignature = last.action === 'approve' && me.role === 'signer' && (!last.sentTo || sentToMe(last, me));
  if ((!waitsForReview && !waitsForSignature) || last.actorId === me.userId) return null;
  const mine = draft.counted.findLast((event) => event.actorId === me.userId);
  return {
    draftId: draft.draftId,
    title: draft.title,
    state: last.to,
    sentBy: last.actor,
    since: last.time,
    dueOn: draft.dueOn,
    lastSeenRevisionId: mine?.revisionId ?? null,
  };
}

/** What others did to the drafter's submitted draft since: each 退回, 审核通过 or 签发 after a 提交审核 of theirs. */
export function noticesFor(me: Pick<Me, 'userId'>, draft: DraftForInbox, read: ReadonlySet<string>): Notice[] {
  const notices: Notice[] = [];
  let submittedByMe = false;
  for (const event of draft.counted) {
    if (event.action === 'submit') submittedByMe = event.actorId === me.userId;
    else if (submittedByMe && event.actorId !== me.userId && (NOTICE_ACTIONS as readonly string[]).includes(event.action) && !read.has(event.id)) {
      notices.push({
        eventId: event.id,
        draftId: draft.draftId,
        title: draft.title,
        action: event.action as Notice['action'],
        actor: event.actor,
        reason: event.reason,
        time: event.time,
      });
    }
  }
  return notices;
}

export const byOldestFirst = (a: WaitingItem, b: WaitingItem) => a.since.localeCompare(b.since);
