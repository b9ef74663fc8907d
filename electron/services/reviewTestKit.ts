import type { LetterDocument } from '../../shared/model/document';
import type { User } from '../../shared/review/users';
import { makeTestContext } from './testContext';

export const DRAFTER: User = { name: '王晶', unit: '综合科', role: 'drafter' };
export const REVIEWER: User = { name: '李科长', unit: '综合科', role: 'reviewer' };
export const SIGNER: User = { name: '张局长', unit: '局领导', role: 'signer' };

/** One PC for review tests: a store, and a way to say who sits at it. */
export function reviewPc(file = ':memory:') {
  const test = makeTestContext(file);
  return { ...test, as: (user: User) => test.handlers['users.set'](user) };
}
export type ReviewPc = ReturnType<typeof reviewPc>;

export function withParagraph(doc: LetterDocument, text: string): LetterDocument {
  return { ...doc, blocks: [...doc.blocks, { role: 'body', inlines: [{ t: 'text', text }] }] };
}

/** Types a paragraph into the draft as the editor would: one save on the current base. */
export async function typeParagraph(pc: ReviewPc, draftId: string, text: string) {
  const draft = await pc.handlers['drafts.get']({ draftId });
  const saved = await pc.handlers['drafts.save']({ draftId, base: draft.base, content: withParagraph(draft.content, text), fields: draft.fields });
  if (saved.status !== 'saved') throw new Error('save diverged');
  return saved;
}

/** Exports from one PC and imports on the other, as a file carried on a USB stick. */
export async function carry(from: ReviewPc, to: ReviewPc, draftId: string) {
  const { data } = await from.handlers['package.export']({ draftId });
  return { data, report: await to.handlers['package.import']({ data }) };
}
