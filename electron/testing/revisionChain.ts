import type { Database } from 'better-sqlite3';
import { insertRevision } from '../services/revisions/graph/revisionStore';
import { editLetter, makeLetter, seededRandom } from './sampleLetters';

/**
 * A clerk's automatic revisions on a draft, one at each time given, each a small edit of the one before
 * (from a sample letter of `chars` characters); the last becomes the draft's head.
 */
export function appendAutoRevisions(db: Database, draftId: string, times: readonly string[], seed: number, chars: number): string[] {
  const random = seededRandom(seed);
  let head = db.prepare('SELECT head_revision_id FROM drafts WHERE id = ?').pluck().get(draftId) as string;
  let letter = makeLetter(chars, seed);
  const ids: string[] = [];
  for (const time of times) {
    letter = editLetter(letter, random);
    head = insertRevision(db, { draftId, kind: 'auto', parents: [head], author: '王晶', time, content: letter, fields: {}, chars: 0 }).id;
    ids.push(head);
  }
  db.prepare('UPDATE drafts SET head_revision_id = ?, content = ? WHERE id = ?').run(head, JSON.stringify(letter), draftId);
  return ids;
}
