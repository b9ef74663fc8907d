import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/fieldDefinition';
import type { Block, LetterDocument } from '../model/document';
import { assembleMerge, planMerge, suggestedPicks, unsettled, type MergePick, type MergeSide } from './mergeAssembly';

const definitions: FieldDefinition[] = [{ name: 'proposer', label: '提案者', type: 'text' }];
const body = (text: string): Block => ({ role: 'body', inlines: [{ t: 'text', text }] });
const letter = (...texts: string[]): LetterDocument => ({
  version: 1,
  blocks: [
    {
      role: 'addressee',
      inlines: [
        { t: 'field', name: 'proposer' },
        { t: 'text', text: '：' },
      ],
    },
    ...texts.map(body),
  ],
});
const side = (fields: Record<string, string>, ...texts: string[]): MergeSide => ({ content: letter(...texts), fields });
const texts = (merged: MergeSide) =>
  merged.content.blocks.slice(1).map((block) => block.inlines.map((run) => (run.t === 'text' ? run.text : `{${run.name}}`)).join(''));

const opening = '您提出的关于加快推进螺蛳粉产业高质量发展的提案收悉，现答复如下。';
const situation = '柳州螺蛳粉全产业链销售收入超600亿元，带动就业30余万人。';
const plans = '下一步，我们将继续加大支持力度，推动产业集群发展。';
const ancestor = side({ proposer: '李明委员' }, opening, situation, plans);
// The drafter edited the second paragraph, the reviewer the third.
const local = side({ proposer: '李明委员' }, opening, '2023年，柳州螺蛳粉全产业链销售收入超600亿元，带动就业30余万人。', plans);
const imported = side({ proposer: '李明委员' }, opening, situation, '下一步，我们将继续加大资金支持力度，推动产业集群发展。');

describe('planning a paragraph-by-paragraph merge', () => {
  it('aligns the two lines and marks only the paragraphs that differ', () => {
    const plan = planMerge(local, imported, definitions);
    expect(plan.rows.map((row) => row.differs)).toEqual([false, false, true, true]);
    expect(plan.rows[2].local?.text).toContain('2023年');
    expect(plan.rows[2].imported?.text).toBe(situation);
    expect(plan.fields).toEqual([]);
    expect(unsettled(plan, new Map(), new Map())).toBe(2);
  });

  it('suggests the side that alone changed each paragraph when the common ancestor is known', () => {
    const plan = planMerge(local, imported, definitions, ancestor);
    expect(plan.rows.map((row) => row.suggested)).toEqual([undefined, undefined, 'local', 'imported']);
    const picks = suggestedPicks(plan);
    const merged = assembleMerge(plan, picks.rows, picks.fields, local, imported, definitions);
    expect(texts(merged)).toEqual([
      opening,
      '2023年，柳州螺蛳粉全产业链销售收入超600亿元，带动就业30余万人。',
      '下一步，我们将继续加大资金支持力度，推动产业集群发展。',
    ]);
  });

  it('tells an added paragraph from a deleted one by the ancestor', () => {
    const added = side({}, opening, situation, '新增的一段。', plans);
    const deleted = side({}, opening, plans);
    const plan = planMerge(added, deleted, definitions, ancestor);
    const rows = plan.rows.filter((row) => row.differs);
    expect(rows.map((row) => [row.local?.text ?? null, row.imported?.text ?? null, row.suggested])).toEqual([
      [situation, null, 'imported'],
      ['新增的一段。', null, 'local'],
    ]);
  });

  it('leaves a paragraph both sides changed for the reviewer', () => {
    const other = side({}, opening, '柳州螺蛳粉全产业链销售收入超600亿元，带动就业约30万人。', plans);
    const plan = planMerge(local, other, definitions, ancestor);
    expect(plan.rows[2]).toMatchObject({ differs: true });
    expect(plan.rows[2].suggested).toBeUndefined();
    expect(suggestedPicks(plan).rows.size).toBe(0);
  });
});

describe('assembling the merged letter from the picks', () => {
  const plan = planMerge(local, imported, definitions);
  const pick = (second: MergePick, third: MergePick) =>
    texts(
      assembleMerge(
        plan,
        new Map([
          [2, second],
          [3, third],
        ]),
        new Map(),
        local,
        imported,
        definitions,
      ),
    );

  it('takes 用本地, 用导入 and 两者都要 per paragraph, keeping the rest in order', () => {
    expect(pick({ take: 'local' }, { take: 'local' })).toEqual(texts(local));
    expect(pick({ take: 'imported' }, { take: 'imported' })).toEqual(texts(imported));
    expect(pick({ take: 'local' }, { take: 'both' })).toEqual([opening, texts(local)[1], plans, texts(imported)[2]]);
  });

  it('takes an edited paragraph as typed, and drops one edited to nothing', () => {
    expect(pick({ take: 'edited', text: '两边都改过的一句。' }, { take: 'edited', text: '  ' })).toEqual([opening, '两边都改过的一句。']);
  });

  it('refuses to assemble while a differing paragraph is unpicked', () => {
    expect(() => assembleMerge(plan, new Map([[2, { take: 'local' }]]), new Map(), local, imported, definitions)).toThrow();
  });

  it('settles differing field values by pick', () => {
    const renamed = side({ proposer: '李明' }, opening, situation, plans);
    const fieldPlan = planMerge(side({ proposer: '李明委员' }, opening, situation, plans), renamed, definitions);
    expect(fieldPlan.fields).toEqual([{ name: 'proposer', label: '提案者', local: '李明委员', imported: '李明' }]);
    expect(unsettled(fieldPlan, new Map(), new Map())).toBe(1);
    const merged = assembleMerge(fieldPlan, new Map(), new Map([['proposer', 'imported']]), ancestor, renamed, definitions);
    expect(merged.fields).toEqual({ proposer: '李明' });
  });
});

describe('an edited paragraph in the merge keeps its formatting', () => {
  const boldPlans: Block = {
    role: 'body',
    inlines: [
      { t: 'text', text: '下一步，我们将继续' },
      { t: 'text', text: '加大支持力度', bold: true },
      { t: 'text', text: '，推动产业集群发展。' },
    ],
  };
  const withBold = (third: Block): MergeSide => ({
    content: { ...letter(opening, situation), blocks: [...letter(opening, situation).blocks, third] },
    fields: { proposer: '李明委员' },
  });
  const boldLocal = withBold(boldPlans);
  const boldImported = withBold(body('下一步，我们将继续加大资金支持力度，推动产业集群发展。'));
  const plan = planMerge(boldLocal, boldImported, definitions);
  const mergedWith = (pick: MergePick) => assembleMerge(plan, new Map([[3, pick]]), new Map(), boldLocal, boldImported, definitions).content.blocks[3];

  it('keeps bold on the words the edit left alone', () => {
    expect(mergedWith({ take: 'edited', text: '下一步，我们将继续加大支持力度，推动螺蛳粉产业集群发展。' }).inlines).toEqual([
      { t: 'text', text: '下一步，我们将继续' },
      { t: 'text', text: '加大支持力度', bold: true },
      { t: 'text', text: '，推动螺蛳粉产业集群发展。' },
    ]);
  });

  it('saves a paragraph opened for editing but left as it was exactly as its source', () => {
    expect(mergedWith({ take: 'edited', text: plan.rows[3].local!.text })).toBe(boldPlans);
  });

  it('keeps a field linked in an edited paragraph while the other line’s value for it is chosen', () => {
    const thanks: Block = {
      role: 'body',
      inlines: [
        { t: 'text', text: '感谢' },
        { t: 'field', name: 'proposer' },
        { t: 'text', text: '长期以来的关心和支持', bold: true },
        { t: 'text', text: '。' },
      ],
    };
    const renamed: MergeSide = { ...withBold(body('感谢李明长期以来的关心和大力支持。')), fields: { proposer: '李明' } };
    const fieldPlan = planMerge(withBold(thanks), renamed, definitions);
    expect(fieldPlan.rows[3].local?.text).toBe('感谢李明委员长期以来的关心和支持。');
    const picks = new Map<number, MergePick>([[3, { take: 'edited', text: '衷心感谢李明委员长期以来的关心和支持。' }]]);
    const merged = assembleMerge(fieldPlan, picks, new Map([['proposer', 'imported']]), withBold(thanks), renamed, definitions);
    expect(merged.content.blocks[3].inlines).toEqual([{ t: 'text', text: '衷心感谢' }, ...thanks.inlines.slice(1)]);
    expect(merged.fields.proposer).toBe('李明');
  });
});
