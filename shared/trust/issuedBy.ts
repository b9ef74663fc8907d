import type { ReviewEvent } from '../review/reviewEvent';

/**
 * The leader a draft was signed off by, from its counted review events in chain order: the latest
 * 签发 (the signer) or 代录签发 (the leader named on paper), unless a 撤回签发 came after it.
 */
export function issuedBy(events: readonly ReviewEvent[], counted: readonly string[]): string | null {
  const byId = new Map(events.map((event) => [event.id, event]));
  let signer: string | null = null;
  for (const id of counted) {
    const event = byId.get(id);
    if (event?.action === 'sign' || event?.action === 'paperSign') signer = event.signer?.trim() || event.actor;
    else if (event?.action === 'withdrawSign') signer = null;
  }
  return signer;
}
