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

  it('is the newer format as soon as any revision of any draft holds a table, so an older client refuses it whole', () => {
    expect(SYNC_FORMAT).toBeGreaterThan(1);
    expect(syncFormatFor([draft(paragraphs), draft(paragraphs, withTable)])).toBe(SYNC_FORMAT);
  });
});
