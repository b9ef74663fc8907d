import { describe, expect, it } from 'vitest';
import type { Block, LetterDocument } from '../model/document';
import { cell, fundsTable } from '../model/fixtures/sampleTables';
import { lineSuggestions } from './lineSuggestions';

const paragraph = (role: Block['role'], text: string): Block => ({ role, inlines: [{ t: 'text', text }] });

/** A reply with a 附表 of funds between its body and its closing; `edit` changes a copy. */
function reply(edit: (blocks: Block[]) => void = () => undefined): LetterDocument {
  const blocks = [
    paragraph('addressee', '王晓燕委员：'),
    paragraph('body', '您提出的关于加快老旧小区加装电梯的提案收悉，现答复如下。'),
    paragraph('body', '近年来，我市持续加大补助力度，资金安排如下表。'),
    fundsTable(),
    paragraph('closing', '感谢您对我们工作的关心。'),
  ];
  edit(blocks);
  return { version: 1, blocks };
}

const step = (content: LetterDocument, author: string) => ({ content, fields: {}, definitions: [], stamp: { author, date: '2026-05-27T09:30:00Z' } });

describe('the suggestions of a 修订稿 with a table', () => {
  it('say where each one is as the clerk finds it: the cell by table, row and column, a paragraph by its number', () => {
    const reviewed = reply((blocks) => {
      blocks[3].table!.rows[3].cells[2] = cell('900');
      blocks[4] = paragraph('closing', '感谢您对我们工作的关心和支持。');
      blocks.splice(2, 1);
    });
    const suggestions = lineSuggestions([step(reply(), '（原稿）'), step(reviewed, '李处长')]);
    expect(suggestions.map(({ change, place }) => `${place}：${change.kind} ${change.before}→${change.after}`)).toEqual([
      '第 3 段：delete 近年来，我市持续加大补助力度，资金安排如下表。→',
      '表 1 第 4 行第 3 列：replace 800→900',
      '第 3 段：insert →和支持',
    ]);
  });

  it('stamp a change in a cell with the reviewer who made it, not the last one in the line', () => {
    const edited = (blocks: Block[]) => (blocks[3].table!.rows[3].cells[2] = cell('900'));
    const first = reply(edited);
    const second = reply((blocks) => {
      edited(blocks);
      blocks[4] = paragraph('closing', '感谢您对我们工作的关心和支持。');
    });
    const suggestions = lineSuggestions([step(reply(), '（原稿）'), step(first, '李处长'), step(second, '张主任')]);
    expect(suggestions.map(({ place, stamp }) => `${place} ${stamp.author}`)).toEqual(['表 1 第 4 行第 3 列 李处长', '第 4 段 张主任']);
  });

  it('credit each of two alike bold changes to the reviewer who made it, as the exported 修订稿 does', () => {
    const withTwoRequests = (boldIn: number[]) =>
      reply((blocks) => {
        blocks[2] = paragraph('body', '您提出的关于加快补助资金拨付的意见，我们已认真研究。');
        for (const at of boldIn) {
          const text = (blocks[at].inlines[0] as { text: string }).text;
          blocks[at] = {
            ...blocks[at],
            inlines: [
              { t: 'text', text: text.slice(0, 4) },
              { t: 'text', text: '关于', bold: true },
              { t: 'text', text: text.slice(6) },
            ],
          };
        }
      });
    const suggestions = lineSuggestions([step(withTwoRequests([]), '（原稿）'), step(withTwoRequests([1]), '李处长'), step(withTwoRequests([1, 2]), '张主任')]);
    expect(suggestions.map(({ change, place, stamp }) => `${place} ${change.kind} ${change.after} ${stamp.author}`)).toEqual([
      '第 2 段 bold 关于 李处长',
      '第 3 段 bold 关于 张主任',
    ]);
  });
});
