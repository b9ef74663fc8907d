import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/fieldDefinition';
import type { Block } from '../model/document';
import { planMerge, type MergeSide } from './mergeAssembly';
import { fieldKey, picksFor, rowKeys } from './mergePicks';
import { applySuggestions, type SuggestionSide } from './suggestionChoice';
import { compareLetters } from '../diff/compare';

const definitions: FieldDefinition[] = [{ name: 'proposer', label: '提案者', type: 'text' }];
const body = (text: string): Block => ({ role: 'body', inlines: [{ t: 'text', text }] });
const side = (fields: Record<string, string>, ...texts: string[]): SuggestionSide => ({
  content: { version: 1, blocks: texts.map(body) },
  fields,
  definitions,
});

const opening = '您提出的关于加快推进螺蛳粉产业高质量发展的提案收悉，现答复如下。';
const situation = '柳州螺蛳粉全产业链销售收入超600亿元，带动就业30余万人。';
const plans = '下一步，我们将继续加大支持力度，推动产业集群发展。';

describe('the clerk’s own picks in 逐段合并 while the suggestions of a 修订稿 are being decided', () => {
  // The draft's own line edited the second paragraph since the 修订稿 went out; the leader changed the second and the third.
  const original = side({ proposer: '李明委员' }, opening, situation, plans);
  const local: MergeSide = side({ proposer: '李明委员' }, opening, '2023年，柳州螺蛳粉全产业链销售收入超600亿元，带动就业30余万人。', plans);
  const suggested = side(
    { proposer: '李明' },
    opening,
    '柳州螺蛳粉全产业链销售收入超600亿元，带动就业近30万人。',
    '下一步，我们将继续加大资金支持力度，推动产业集群发展。',
  );
  const changes = compareLetters(original, suggested).changes;
  const plan = (...accepted: number[]) => planMerge(local, { ...applySuggestions(original, suggested, new Set(accepted)) }, definitions, original);

  it('keeps a pick made by hand on one paragraph when a suggestion in another is accepted or rejected', () => {
    expect(changes.map((change) => `${change.kind} ${change.before}→${change.after}`)).toEqual([
      'field 李明委员→李明',
      'insert →近',
      'delete 余→',
      'insert →资金',
    ]);
    const bySentence = plan(0, 1, 2);
    const second = bySentence.rows.findIndex((row) => row.differs && row.local?.text.startsWith('2023年'));
    // both lines changed the second paragraph: nothing is suggested, the clerk keeps the draft's own
    expect(picksFor(bySentence, { rows: new Map(), fields: new Map() }).rows.has(second)).toBe(false);
    const hand = {
      rows: new Map([[rowKeys(bySentence)[second], { take: 'local' as const }]]),
      fields: new Map([[fieldKey(bySentence.fields[0]), 'local' as const]]),
    };
    // then accepts the leader's 资金 in the third paragraph, and the plan is built again
    const next = plan(0, 1, 2, 3);
    const picks = picksFor(next, hand);
    expect(picks.rows.get(second)).toEqual({ take: 'local' });
    expect(picks.fields.get('proposer')).toBe('local');
    expect(picksFor(next, { rows: new Map(), fields: new Map() }).fields.get('proposer')).toBe('imported');
    expect(next.rows.filter((row) => row.differs).map((row) => row.imported?.text)).toContain('下一步，我们将继续加大资金支持力度，推动产业集群发展。');
  });

  it('lets a paragraph the decision changed be picked again', () => {
    const before = plan(3);
    const second = before.rows.findIndex((row) => row.differs && row.local?.text.startsWith('2023年'));
    const hand = { rows: new Map([[rowKeys(before)[second], { take: 'both' as const }]]), fields: new Map() };
    // accepting 近 changes what the imported side of that very paragraph reads: the old pick no longer applies
    const after = plan(2, 3);
    expect(after.rows[second].imported?.text).not.toBe(before.rows[second].imported?.text);
    expect(picksFor(after, hand).rows.has(second)).toBe(false);
  });
});
