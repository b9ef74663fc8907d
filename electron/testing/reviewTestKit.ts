import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { LetterDocument } from '../../shared/model/document';
import type { User, UserInput } from '../../shared/review/users';
import type { Db } from '../db/open';
import { createPersonalKey, personalKey, unlockPersonalKey } from '../services/keys/personalKeys';
import { readCurrentUser, setCurrentUser } from '../services/review/users';
import { makeTestContext } from './testContext';
import { testBureau } from './testBureau';

export const DRAFTER: UserInput = { name: '王晶', unit: '综合科', role: 'drafter' };
export const REVIEWER: UserInput = { name: '李科长', unit: '综合科', role: 'reviewer' };
export const SIGNER: UserInput = { name: '张局长', unit: '局领导', role: 'signer' };
/** Every test user's PIN. */
export const PIN = '246813';

/**
 * One PC for review tests: a store, and a way to say who sits at it. Saying who one is also makes
 * (or unlocks) that user's personal signing key here, as the clerk does with their PIN.
 */
export function reviewPc(file = ':memory:') {
  const test = makeTestContext(file);
  /** Types the PIN again, as the clerk does when the few minutes it is remembered have passed. */
  const unlock = () => {
    const user = readCurrentUser(test.ctx.db);
    if (user && personalKey(test.ctx, user.id)) unlockPersonalKey(test.ctx, user.id, PIN);
  };
  const as = (input: UserInput): User => {
    const user = setCurrentUser(test.ctx.db, input);
    if (personalKey(test.ctx, user.id)) unlockPersonalKey(test.ctx, user.id, PIN);
    else createPersonalKey(test.ctx, user.id, PIN);
    return user;
  };
  return { ...test, as, unlock };
}
export type ReviewPc = ReturnType<typeof reviewPc>;

/**
 * The drafter's PC and the reviewer's, each with its user set and key made. The bureau head signs on
 * the reviewer's PC and has a key there too. One bureau certified all three, and both PCs hold its list.
 */
export function drafterAndReviewer() {
  const drafter = reviewPc();
  const reviewer = reviewPc();
  const bureau = testBureau();
  drafter.as(DRAFTER);
  bureau.certify(drafter);
  reviewer.as(SIGNER);
  bureau.certify(reviewer);
  reviewer.as(REVIEWER);
  bureau.certify(reviewer);
  bureau.distribute(drafter, reviewer);
  return { drafter, reviewer, bureau };
}

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
  from.unlock();
  const { data } = await from.handlers['package.export']({ draftId });
  return { data, report: await to.handlers['package.import']({ data }) };
}

/**
 * Every row of every table: what "the history is identical" means. The search index over search_docs
 * is left out: it is a cache brought up to date at idle time, whenever that comes.
 */
export function dump(db: Db) {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  ).filter((name) => !/^search_(grams|trigrams|stale)/.test(name));
  return Object.fromEntries(
    tables.map((table) => [
      table,
      db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

export const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A package opened, its manifest and payload changed, and zipped again: tampering, or an older app's package. */
export async function rezip(data: string, change: (manifest: Record<string, unknown>, payload: string) => [Record<string, unknown>, string]) {
  const zip = await JSZip.loadAsync(Buffer.from(data, 'base64'));
  const [manifest, payload] = change(JSON.parse(await zip.file('manifest.json')!.async('string')), await zip.file('payload.json')!.async('string'));
  zip.file('manifest.json', JSON.stringify(manifest));
  zip.file('payload.json', payload);
  return (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
}
