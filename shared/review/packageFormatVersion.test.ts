import { describe, expect, it } from 'vitest';
import type { LetterDocument } from '../model/document';
import { fundsTable } from '../model/fixtures/sampleTables';
import { PACKAGE_FORMAT_VERSION, packageFormatVersionFor, WITH_TABLES, type Payload } from './packageFormat';

const paragraphs: LetterDocument = { version: 1, blocks: [{ role: 'body', inlines: [{ t: 'text', text: '资金已全部拨付。' }] }] };
const carried = (content: LetterDocument, sentTo?: object[]) =>
  ({ revisions: [{ content }], case: undefined, reviewLog: [{ action: 'submit', ...(sentTo ? { sentTo } : {}) }] }) as unknown as Pick<
    Payload,
    'revisions' | 'case' | 'reviewLog'
  >;

describe('the format a package is written in', () => {
  it('stays at the oldest format that carries it whole, so older apps go on reading what they can', () => {
    expect(packageFormatVersionFor(carried(paragraphs))).toBeLessThan(WITH_TABLES);
    expect(packageFormatVersionFor(carried(paragraphs, [{ userId: '7c1d0a4e-2f51-4c43-9d3b-1e2a3b4c5d6e', name: '李科长' }]))).toBeLessThan(WITH_TABLES);
    expect(packageFormatVersionFor(carried({ ...paragraphs, blocks: [...paragraphs.blocks, fundsTable()] }))).toBe(WITH_TABLES);
  });

  it('is the newest when a step went to a whole 科室, which an older app would take for damage', () => {
    expect(packageFormatVersionFor(carried(paragraphs, [{ unit: '综合科' }]))).toBe(PACKAGE_FORMAT_VERSION);
  });
});
