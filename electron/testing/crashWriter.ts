/**
 * Test support, run as a child process by the crash and backup tests: writes revisions through the
 * real store in a loop and reports each one on stdout only after its transaction has committed.
 * Usage: node crashWriter.mjs <database file> [seed]
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { resourcesDir } from '../app/paths';
import { draftHandlers } from '../services/drafts/drafts';
import { revisionHandlers } from '../services/revisions/revisions';
import { loadTemplates } from '../services/templates/templates';
import { editLetter, makeLetter, seededRandom } from './sampleLetters';

async function main(file: string, seed: number): Promise<void> {
  const db = openDatabase(file);
  // Only the handlers it uses: the child starts fast enough to be killed a thousand times.
  const ctx = { db, templates: loadTemplates(join(resourcesDir(), 'templates')), author: '王晶', now: () => new Date() };
  const handlers = { ...draftHandlers(ctx), ...revisionHandlers(ctx) };
  const random = seededRandom(seed);
  const draft = await handlers['drafts.create']({ templateId: 'zhengxie-lead' });
  let base = draft.base;
  let letter = makeLetter(2000, seed);
  writeSync(1, 'ready\n');
  for (let round = 0; ; round++) {
    letter = editLetter(letter, random, 0.05);
    const saved = await handlers['drafts.save']({ draftId: draft.id, base, content: letter, fields: { proposalNumber: String(round) } });
    if (saved.status !== 'saved') throw new Error('diverged');
    const revision = await handlers['revisions.checkpoint']({ draftId: draft.id });
    base = { revisionId: revision.id, seq: saved.base.seq };
    // Pipes are written synchronously on Linux: once this returns, the parent can read the line.
    writeSync(1, `${revision.id} ${revision.hash}\n`);
  }
}

void main(process.argv[2], Number(process.argv[3] ?? 1));
