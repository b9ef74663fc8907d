import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { LetterDocument } from '../../shared/model/document';
import type { User } from '../../shared/review/users';
import type { Db } from '../db/open';
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

/** The drafter's PC and the reviewer's, each with its user set. */
export function drafterAndReviewer() {
  const drafter = reviewPc();
  const reviewer = reviewPc();
  drafter.as(DRAFTER);
  reviewer.as(REVIEWER);
  return { drafter, reviewer };
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
  const { data } = await from.handlers['package.export']({ draftId });
  return { data, report: await to.handlers['package.import']({ data }) };
}

/**
 * Every row of every table: what "the history is identical" means. The search index over search_docs
 * is left out: it is a cache brought up to date at idle time, whenever that comes.
 */
export function dump(db: Db) {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
    (name) => !/^search_(grams|trigrams|stale)/.test(name),
  );
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}"`).all().map((row) => JSON.stringify(row)).sort()]));
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
