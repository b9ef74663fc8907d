import { describe, expect, it } from 'vitest';
import { SYNC_FORMAT, syncFormatFor } from './syncCalls';
import { fundsTable } from '../model/fixtures/sampleTables';
import type { LetterDocument } from '../model/document';

const paragraphs: LetterDocument = { version: 1, blocks: [{ role: 'body', inlines: [{ t: 'text', text: '资金已全部拨付。' }] }] };
const withTable: LetterDocument = { version: 1, blocks: [...paragraphs.blocks, fundsTable()] };
const draft = (...contents: LetterDocument[]) => ({ revisions: contents.map((content) => ({ content })) });

describe('the sync format of what travels', () => {
  it('stays at format 1, which older clients read, while no revision holds a table', () => {
    expect(syncFormatFor([draft(paragraphs), draft(paragraphs, paragraphs)])).toBe(1);
    expect(syncFormatFor([])).toBe(1);
  });

  it('is format 2 as soon as any revision of any draft holds a table, so a client from before tables refuses it whole', () => {
    expect(syncFormatFor([draft(paragraphs), draft(paragraphs, withTable)])).toBe(2);
  });

  it('is the newest format when a step was sent to a whole 科室, which a client from before could not read', () => {
    const submitted = (sentTo: object[]) => ({ ...draft(paragraphs, withTable), reviewLog: [{ action: 'submit' }, { action: 'submit', sentTo }] });
    expect(syncFormatFor([draft(paragraphs), submitted([{ userId: 'u1', name: '李科长' }])])).toBe(2);
    expect(syncFormatFor([draft(paragraphs), submitted([{ unit: '综合科' }])])).toBe(SYNC_FORMAT);
    expect(SYNC_FORMAT).toBeGreaterThan(2);
  });
});
