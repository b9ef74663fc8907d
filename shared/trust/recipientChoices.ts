import type { RecipientOption } from './recipients';
import type { Recipient } from '../review/reviewEvent';

export interface SendChoice {
  label: string;
  sentTo: Recipient[];
}

const person = (option: RecipientOption): Recipient => ({ userId: option.userId, name: option.name });

/**
 * Whom 提交审核 (the reviewers: all of the 科室's at once, or one) or 审核通过 (a signer) can go to;
 * empty when the bureau's key list names no one, and the step goes as on a PC without a server.
 */
export function sendChoices(action: string, options: readonly RecipientOption[], unit: string): SendChoice[] {
  if (action === 'approve') return options.filter((o) => o.role === 'signer').map((o) => ({ label: `${o.name}（${o.unit}）`, sentTo: [person(o)] }));
  if (action !== 'submit') return [];
  const reviewers = options.filter((o) => o.role === 'reviewer');
  const ours = reviewers.filter((o) => o.unit === unit);
  // The 科室 itself, not today's names: a reviewer who joins it later finds the draft waiting too.
  const all = ours.length > 1 ? [{ label: `本科室全部审核人（${ours.map((o) => o.name).join('、')}）`, sentTo: [{ unit }] }] : [];
  return [...all, ...reviewers.map((o) => ({ label: `${o.name}（${o.unit}）`, sentTo: [person(o)] }))];
}
