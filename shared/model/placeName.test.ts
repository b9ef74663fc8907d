import { describe, expect, it } from 'vitest';
import type { Block, LetterDocument } from './document';
import { fundsTable, textTable } from './fixtures/sampleTables';
import { letterUnits } from './letterUnits';
import { blockNames, placeNames } from './placeName';

const paragraph = (role: Block['role'], text: string): Block => ({ role, inlines: [{ t: 'text', text }] });

/** A reply with a two-level 附表 of funds after its second body paragraph and a small table of projects before its closing. */
const reply: LetterDocument = {
  version: 1,
  blocks: [
    paragraph('title', '关于政协第十四届二次会议第0123号提案的答复'),
    paragraph('addressee', '王晓燕委员：'),
    paragraph('body', '您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下。'),
    paragraph('body', '近年来，我市持续加大补助力度，资金安排如下表。'),
    fundsTable(),
    paragraph('body', '下一步，我们将继续做好加装电梯工作。'),
    textTable(
      [
        ['项目', '进度'],
        ['雨污分流', '已完工'],
      ],
      { caption: '表2 重点项目进度' },
    ),
    paragraph('closing', '感谢您对我们工作的关心和支持。'),
  ],
};

const placesOf = (doc: LetterDocument) =>
  placeNames(
    letterUnits(doc, () => ''),
    doc.blocks,
  );

describe('naming where something is in the letter, as the clerk counts', () => {
  it('numbers the paragraphs from the title on, as before, and the tables on their own', () => {
    expect(blockNames(reply.blocks)).toEqual(['第 1 段', '第 2 段', '第 3 段', '第 4 段', '表 1', '第 5 段', '表 2', '第 6 段']);
  });

  it('names each cell by its table, row and column as printed, a merged cell by its first row and column', () => {
    const places = placesOf(reply);
    const units = letterUnits(reply, () => '');
    const placeOf = (text: string) => places[units.findIndex((unit) => unit.text === text)];
    expect(placeOf('项目')).toBe('表 1 第 1 行第 1 列');
    expect(placeOf('年度')).toBe('表 1 第 1 行第 2 列');
    expect(placeOf('2024年')).toBe('表 1 第 2 行第 3 列');
    expect(placeOf('800')).toBe('表 1 第 4 行第 3 列');
    expect(placeOf('单位：万元')).toBe('表 1 单位行');
    expect(placeOf('表2 重点项目进度')).toBe('表 2 表题');
    expect(placeOf('已完工')).toBe('表 2 第 2 行第 2 列');
  });

  it('keeps the paragraphs after a table at the numbers the clerk sees, not pushed on by its cells', () => {
    const places = placesOf(reply);
    expect(places.at(-1)).toBe('第 6 段');
    expect(places.filter((place) => place.endsWith('段'))).toEqual(['第 1 段', '第 2 段', '第 3 段', '第 4 段', '第 5 段', '第 6 段']);
  });

  it('names the paragraphs of a letter without tables as they always were, by position', () => {
    const plain: LetterDocument = { version: 1, blocks: reply.blocks.filter((block) => block.role !== 'table') };
    expect(placesOf(plain)).toEqual(plain.blocks.map((_, index) => `第 ${index + 1} 段`));
  });
});
