import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../model/draft';
import type { ReviewEvent } from '../review/packageFormat';
import type { ReviewAction } from '../review/reviewStates';
import { identityClashMessage } from './identityClash';
import { planReviewEvents } from './reviewEventMerge';

const event = (id: string, action: ReviewAction, from: ReviewState, to: ReviewState, time: string): ReviewEvent => ({
  id,
  action,
  from,
  to,
  actor: '李科长',
  actorUnit: '市商务局',
  actorRole: 'reviewer',
  reason: action === 'return' ? '请按批注修改' : null,
  signer: null,
  signedOn: null,
  revisionId: 'r2',
  time,
  v: 1,
  draftId: '',
  actorId: '',
  revisionHash: '',
  prev: null,
  deviceId: '',
  signature: null,
});

const DRAFT = 'draft-1';
const logged = (drafts: Record<string, string>) => new Map(Object.entries(drafts));

const submitted = event('e1', 'submit', 'drafting', 'submitted', '2023-05-10T02:00:00.000Z');
const returned = event('e2', 'return', 'submitted', 'returned', '2023-05-11T02:00:00.000Z');
const resubmitted = event('e3', 'submit', 'returned', 'submitted', '2023-05-12T02:00:00.000Z');

describe('review events a package brings', () => {
  it('adds the events this PC has not logged, in the order the package lists them, each once', () => {
    expect(planReviewEvents(DRAFT, [submitted, returned, resubmitted, returned], logged({ e1: DRAFT }))).toEqual({
      refused: false,
      add: [returned, resubmitted],
    });
    expect(planReviewEvents(DRAFT, [submitted, returned], logged({ e1: DRAFT, e2: DRAFT }))).toEqual({ refused: false, add: [] });
  });

  it('refuses a package naming an event this PC logged for another draft', () => {
    expect(planReviewEvents(DRAFT, [submitted, returned], logged({ e2: 'draft-2' }))).toEqual({
      refused: true,
      eventId: 'e2',
      reason: identityClashMessage('审核记录', 'e2'),
    });
  });
});
