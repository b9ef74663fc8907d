import { describe, expect, it } from 'vitest';
import type { PackageRevision, Payload } from './packageFormat';
import { pulledPayload } from './pulledPayload';

const letter = (text: string) => ({ version: 1 as const, blocks: [{ role: 'body' as const, inlines: [{ t: 'text' as const, text }] }] });
const revision = (id: string, parents: string[], text: string): PackageRevision => ({
  id,
  parents,
  kind: 'auto',
  author: '王晶',
  time: '2026-05-10T01:00:00.000Z',
  note: null,
  chars: text.length,
  hash: 'a'.repeat(64),
  content: letter(text),
  fields: {},
});
const first = '00000000-0000-4000-8000-000000000001';
const second = '00000000-0000-4000-8000-000000000002';
const pulled = (revisions: PackageRevision[]): Payload => ({
  draft: {
    id: '00000000-0000-4000-8000-0000000000aa',
    name: '关于加快发展夜间经济的答复',
    templateId: null,
    fieldDefinitions: [],
    reviewState: 'drafting',
    headRevisionId: second,
    createdAt: '2026-05-10T00:00:00.000Z',
  },
  revisions,
  comments: [],
  reviewLog: [],
  case: null,
});
// What arrives is parsed JSON.
const wire = (payload: unknown) => JSON.parse(JSON.stringify(payload)) as unknown;

describe('a draft pulled from the team server is checked at the cost of its envelope', () => {
  it('a sound draft arrives as it was sent', () => {
    const sound = pulled([revision(first, [], '柳州螺蛳粉'), revision(second, [first], '广西柳州螺蛳粉')]);
    expect(pulledPayload(wire(sound))).toEqual(sound);
  });

  it('a damaged head text, a missing head or a damaged envelope is refused', () => {
    const brokenHead = pulled([
      revision(first, [], '柳州螺蛳粉'),
      { ...revision(second, [first], 'x'), content: { version: 1, blocks: [{ role: 'nonsense' }] } as never },
    ]);
    expect(pulledPayload(wire(brokenHead))).toBeNull();
    expect(pulledPayload(wire(pulled([revision(first, [], '柳州螺蛳粉')])))).toBeNull();
    expect(pulledPayload(wire({ ...pulled([revision(first, [], 'a'), revision(second, [first], 'b')]), revisions: [] }))).toBeNull();
    expect(pulledPayload(wire({ ...pulled([revision(second, [], 'b')]), reviewLog: [{ id: 'not an event' }] }))).toBeNull();
    expect(pulledPayload(wire({ ...pulled([revision(second, [], 'b')]), draft: { id: second } }))).toBeNull();
  });

  it("an older revision's text is checked by its shell only: its hash proves it as it is stored", () => {
    const older = { ...revision(first, [], 'x'), content: { version: 1, blocks: [{ role: 'nonsense' }] } as never };
    expect(pulledPayload(wire(pulled([older, revision(second, [first], 'b')])))).not.toBeNull();
    expect(pulledPayload(wire(pulled([{ ...older, content: { version: 2, blocks: [] } as never }, revision(second, [first], 'b')])))).toBeNull();
  });
});
