import { describe, expect, it } from 'vitest';
import { compareLetters, compareTexts, type LetterVersion } from './compare';
import { inlineView, markedText, sideBySide } from './views';
import type { FieldDefinition } from '../fields/fieldDefinition';
import type { Block, LetterDocument } from '../model/document';
import { seededRandom as seeded } from '../random/seededRandom';

const opening = '贵单位提出的关于加快推动高标准市场体系建设的建议收悉，现答复如下。';
const situation = '柳州市作为广西主要工业城市，历届党委、政府高度重视质量工作，始终坚持质量第一的发展理念。';
const measures = '柳州市坚持服务理念，积极探索充分发挥质量基础设施的支撑作用，综合检验检测能力达广西一流水平。';
const closing = '下一步，我们将深入学习贯彻党的二十大精神，为柳州打造质量强国新标杆作出新的贡献。';
const letter = [opening, situation, measures, closing].join('\n');

const inline = (before: string, after: string) => inlineView(compareTexts(before, after)).map((p) => markedText(p.segments));

describe('comparing two texts paragraph by paragraph', () => {
  it('finds nothing between identical texts', () => {
    const result = compareTexts(letter, letter);
    expect(result.changes).toEqual([]);
    expect(result.rows.every((row) => row.kind === 'same')).toBe(true);
    expect(result.summary).toEqual({ paragraphsChanged: 0, charsAdded: 0, charsRemoved: 0 });
    expect(result.fallback).toBeNull();
  });

  it('shows a punctuation-only change as its own mark, not swallowed by a word', () => {
    const edited = letter.replace('收悉，现答复', '收悉、现答复').replace('二十大精神，为柳州', '二十大精神为柳州').replace('新的贡献。', '新的贡献');
    const result = compareTexts(letter, edited);
    expect(result.changes.map(({ kind, before, after }) => ({ kind, before, after }))).toEqual([
      { kind: 'replace', before: '，', after: '、' },
      { kind: 'delete', before: '，', after: '' },
      { kind: 'delete', before: '。', after: '' },
    ]);
    expect(inline(letter, edited)[0]).toBe('贵单位提出的关于加快推动高标准市场体系建设的建议收悉[-，-]{+、+}现答复如下。');
    expect(result.summary).toEqual({ paragraphsChanged: 2, charsAdded: 1, charsRemoved: 3 });
  });

  it('replaces a whole Chinese word rather than scattered characters', () => {
    const edited = letter.replace('加快推动', '加速推动');
    expect(inline(letter, edited)[0]).toBe('贵单位提出的关于[-加快-]{+加速+}推动高标准市场体系建设的建议收悉，现答复如下。');
    const [change] = compareTexts(letter, edited).changes;
    expect(change).toMatchObject({ kind: 'replace', before: '加快', after: '加速', afterAt: { paragraph: 0, offset: 8 } });
  });

  it('compares character by character on demand', () => {
    const edited = letter.replace('加快推动', '加速推动');
    const [change] = compareTexts(letter, edited, { granularity: 'char' }).changes;
    expect(change).toMatchObject({ kind: 'replace', before: '快', after: '速', afterAt: { paragraph: 0, offset: 9 } });
  });

  it('leaves a gap opposite an inserted paragraph and counts it', () => {
    const added = '同时，我局将会同市政协提案委员会加强跟踪督办。';
    const edited = [opening, situation, added, measures, closing].join('\n');
    const result = compareTexts(letter, edited);
    expect(result.changes).toEqual([{ kind: 'insert', row: 2, before: '', after: added, beforeAt: null, afterAt: { paragraph: 2, offset: 0 } }]);
    const rows = sideBySide(result);
    expect(rows[2].left).toBeNull();
    expect(rows[2].right?.paragraph.text).toBe(added);
    expect(rows[3].left?.paragraph.index).toBe(2);
    expect(rows[3].right?.paragraph.index).toBe(3);
    expect(result.summary).toEqual({ paragraphsChanged: 1, charsAdded: [...added].length, charsRemoved: 0 });
  });

  it('leaves a gap opposite a deleted paragraph', () => {
    const edited = [opening, measures, closing].join('\n');
    const result = compareTexts(letter, edited);
    expect(result.changes.map((c) => [c.kind, c.before, c.beforeAt?.paragraph])).toEqual([['delete', situation, 1]]);
    const rows = sideBySide(result);
    expect(rows[1].kind).toBe('deleted');
    expect(rows[1].right).toBeNull();
    expect(rows[1].left?.paragraph.text).toBe(situation);
  });

  it('recognises a moved paragraph as a move, with its own edits shown', () => {
    const edited = [opening, measures, closing, situation.replace('高度重视', '十分重视')].join('\n');
    const result = compareTexts(letter, edited);
    expect(result.changes.map((c) => c.kind)).toEqual(['move', 'replace']);
    expect(result.changes[1]).toMatchObject({ before: '高度', after: '十分' });
    const away = result.rows.findIndex((row) => row.kind === 'moved-away');
    const here = result.rows.findIndex((row) => row.kind === 'moved-here');
    expect(result.rows[away].moveRow).toBe(here);
    expect(result.rows[here].moveRow).toBe(away);
    expect(result.rows[here].after?.index).toBe(3);
    expect(sideBySide(result)[here].left).toBeNull();
    expect(sideBySide(result)[away].right).toBeNull();
    expect(result.summary.paragraphsChanged).toBe(1);
  });

  it('shows a paragraph moved up at its old place too, with what was removed from it', () => {
    const edited = [closing.replace('，我们将', '我们将'), opening, situation, measures].join('\n');
    const result = compareTexts(letter, edited);
    expect(result.rows.map((row) => row.kind)).toEqual(['moved-here', 'same', 'same', 'same', 'moved-away']);
    expect(result.rows[0].moveRow).toBe(4);
    expect(result.rows[4].moveRow).toBe(0);
    expect(sideBySide(result)[4].left?.segments.map((s) => s.mark)).toEqual(['same', 'removed', 'same']);
    expect(markedText(inlineView(result)[0].segments)).toBe('下一步[-，-]我们将深入学习贯彻党的二十大精神，为柳州打造质量强国新标杆作出新的贡献。');
  });

  it('compares an empty text with a full one as inserted paragraphs, without a fallback', () => {
    const result = compareTexts('', letter);
    expect(result.changes.map((c) => c.kind)).toEqual(['insert', 'insert', 'insert', 'insert']);
    expect(result.summary.charsAdded).toBe([...letter.replaceAll('\n', '')].length);
    expect(result.fallback).toBeNull();
    expect(compareTexts(letter, '').changes.map((c) => c.kind)).toEqual(['delete', 'delete', 'delete', 'delete']);
  });

  it('counts offsets in code points, so a name outside the BMP does not shift them', () => {
    const before = '提案者𠮷明同志：您提出的建议收悉。';
    const after = '提案者𠮷明同志：您提出的意见收悉。';
    const [change] = compareTexts(before, after).changes;
    expect(change).toMatchObject({ before: '建议', after: '意见', afterAt: { paragraph: 0, offset: 12 } });
  });
});

const block = (role: Block['role'], text: string, level?: Block['level']): Block => ({
  role,
  ...(level ? { level } : {}),
  inlines: [{ t: 'text', text }],
});
const definitions: FieldDefinition[] = [
  { name: 'proposalNumber', label: '提案号', type: 'number' },
  { name: 'signedOn', label: '成文日期', type: 'date' },
];
const content: LetterDocument = {
  version: 1,
  blocks: [
    {
      role: 'title',
      inlines: [
        { t: 'text', text: '关于对市政协十三届三次会议' },
        { t: 'field', name: 'proposalNumber' },
        { t: 'text', text: '提案的答复' },
      ],
    },
    block('heading', '一、基本情况', 1),
    block('body', situation),
    block('date', '2023年5月26日'),
  ],
};
const version = (fields: Record<string, string>, doc = content): LetterVersion => ({ content: doc, fields, definitions });

describe('comparing two versions of a letter', () => {
  it('reports a heading whose level changed, with the text untouched', () => {
    const demoted: LetterDocument = { ...content, blocks: content.blocks.map((b, i) => (i === 1 ? block('heading', '一、基本情况', 2) : b)) };
    const result = compareLetters(version({}), version({}, demoted));
    expect(result.changes).toEqual([
      { kind: 'format', row: 1, before: '一级标题', after: '二级标题', beforeAt: { paragraph: 1, offset: 0 }, afterAt: { paragraph: 1, offset: 0 } },
    ]);
    expect(result.rows[1]).toMatchObject({ kind: 'changed', format: { before: '一级标题', after: '二级标题' } });
    expect(result.summary).toEqual({ paragraphsChanged: 1, charsAdded: 0, charsRemoved: 0 });
  });

  it('reports a paragraph that became a heading', () => {
    const promoted: LetterDocument = { ...content, blocks: content.blocks.map((b, i) => (i === 2 ? block('heading', situation, 1) : b)) };
    expect(compareLetters(version({}), version({}, promoted)).changes).toMatchObject([{ kind: 'format', before: '正文', after: '一级标题' }]);
  });

  it('lists a changed field value first and shows it in the text where the field sits', () => {
    const result = compareLetters(version({ proposalNumber: '011' }), version({ proposalNumber: '012', signedOn: '2023-05-26' }));
    expect(result.fieldChanges).toEqual([
      { name: 'proposalNumber', label: '提案号', before: '第011号', after: '第012号' },
      { name: 'signedOn', label: '成文日期', before: '〔成文日期〕', after: '2023年5月26日' },
    ]);
    expect(result.changes.slice(0, 2).map((c) => [c.kind, c.field, c.row])).toEqual([
      ['field', 'proposalNumber', null],
      ['field', 'signedOn', null],
    ]);
    expect(result.changes[2]).toMatchObject({ kind: 'replace', row: 0, before: '011', after: '012' });
    expect(markedText(result.rows[0].segments)).toBe('关于对市政协十三届三次会议第[-011-]{+012+}号提案的答复');
  });

  it('reports words made bold, or no longer bold, as changes of their own beside the words edited', () => {
    const bolded: LetterDocument = {
      ...content,
      blocks: content.blocks.map((b, i) =>
        i === 2
          ? {
              role: 'body',
              inlines: [
                { t: 'text', text: '柳州市作为广西' },
                { t: 'text', text: '主要工业城市', bold: true },
                { t: 'text', text: situation.slice(13).replace('高度', '始终高度') },
              ],
            }
          : b,
      ),
    };
    const result = compareLetters(version({}), version({}, bolded));
    expect(result.changes.map(({ kind, before, after, bold, afterAt }) => ({ kind, before, after, bold, afterAt }))).toEqual([
      { kind: 'bold', before: '主要工业城市', after: '主要工业城市', bold: true, afterAt: { paragraph: 2, offset: 7 } },
      { kind: 'insert', before: '', after: '始终', bold: undefined, afterAt: expect.objectContaining({ paragraph: 2 }) },
    ]);
    expect(result.rows[2].segments.find((segment) => segment.restyled)).toEqual({ text: '主要工业城市', mark: 'same', restyled: { change: 0, bold: true } });
    // bold alone makes a paragraph differ too; switched back, it is the same again
    const boldOnly = compareLetters(
      version({}, bolded),
      version(
        {},
        {
          ...bolded,
          blocks: bolded.blocks.map((b, i) =>
            i === 2 ? { ...b, inlines: [{ t: 'text', text: b.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('') }] } : b,
          ),
        },
      ),
    );
    expect(boldOnly.rows[2].kind).toBe('changed');
    expect(boldOnly.changes).toMatchObject([{ kind: 'bold', before: '主要工业城市', bold: false }]);
    expect(compareLetters(version({}, bolded), version({}, bolded)).changes).toEqual([]);
  });
});

function randomText(seed: number, length: number, pool: string, paragraphLength: number): string {
  const next = seeded(seed);
  let text = '';
  for (let i = 1; i <= length; i += 1) text += pool[Math.floor(next() * pool.length)] + (i % paragraphLength === 0 ? '\n' : '');
  return text;
}

describe('a pathological pair: two unrelated 30,000-character texts', () => {
  const pool =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研';

  it('splits into unmatched paragraphs, lists them whole and says the texts do not correspond', () => {
    const result = compareTexts(randomText(1, 30_000, pool, 300), randomText(2, 30_000, pool, 300));
    expect(result.fallback?.reason).toBe('unrelated');
    expect(result.fallback?.note).toMatch(/按整段/);
    expect(result.rows.every((row) => row.kind === 'deleted' || row.kind === 'inserted' || row.coarse)).toBe(true);
  });

  it('caps the word-level work on one huge paragraph and falls back to whole paragraphs', () => {
    const narrowPool = pool.slice(0, 40);
    const result = compareTexts(randomText(3, 30_000, narrowPool, 30_000), randomText(4, 30_000, narrowPool, 30_000));
    expect(result.fallback?.reason).toBe('work-cap');
    expect(result.fallback?.note).toMatch(/没有逐词比较/);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ kind: 'changed', coarse: true });
    expect(result.changes).toHaveLength(1);
  });

  it('caps the work across many similar-looking paragraphs too', () => {
    const tinyPool = pool.slice(0, 12);
    const result = compareTexts(randomText(5, 30_000, tinyPool, 300), randomText(6, 30_000, tinyPool, 300));
    expect(result.fallback?.reason).toBe('work-cap');
    expect(result.rows.some((row) => row.coarse)).toBe(true);
  });
});
