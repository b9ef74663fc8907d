import type { Handlers } from '../../shared/api/contract';
import { editLetter, makeLetter, seededRandom } from './sampleLetters';

/**
 * Test support: drafts with a history written through the real handlers (create, save,
 * checkpoint), returning each revision's id and hash as the handlers reported them.
 */
export async function seedStore(handlers: Handlers, { drafts = 3, checkpoints = 4, chars = 1500, seed = 1 } = {}): Promise<Map<string, string>> {
  const random = seededRandom(seed);
  const reported = new Map<string, string>();
  for (let d = 0; d < drafts; d++) {
    const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    let base = draft.base;
    let letter = makeLetter(chars, seed + d);
    for (let c = 0; c < checkpoints; c++) {
      letter = editLetter(letter, random, 0.05);
      const saved = await handlers['drafts.save']({ draftId: draft.id, base, content: letter, fields: { proposalNumber: String(c) } });
      if (saved.status !== 'saved') throw new Error('seed save diverged');
      const revision = await handlers['revisions.checkpoint']({ draftId: draft.id, note: `第 ${c + 1} 稿` });
      reported.set(revision.id, revision.hash);
      base = { revisionId: revision.id, seq: saved.base.seq };
    }
  }
  return reported;
}
