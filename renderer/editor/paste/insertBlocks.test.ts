import { $getRoot, type ElementNode } from 'lexical';
import { $isTableNode } from '@lexical/table';
import { describe, expect, it } from 'vitest';
import { fundsTable, textTable } from '../../../shared/model/fixtures/sampleTables';
import type { LetterDocument } from '../../../shared/model/document';
import { headlessLetter } from '../fixtures/headlessLetter';
import { $exportLetter } from '../letterBridge';
import { $insertBlocks } from './insertBlocks';

/** Opens the letter, puts the caret where `place` says, pastes the blocks and reads the letter back. */
function paste(doc: LetterDocument, place: () => void, blocks: Parameters<typeof $insertBlocks>[0]) {
  const editor = headlessLetter(doc);
  editor.update(
    () => {
      place();
      $insertBlocks(blocks);
    },
    { discrete: true },
  );
  return editor.getEditorState().read(() => $exportLetter());
}

const body = (text: string) => ({ role: 'body' as const, inlines: [{ t: 'text' as const, text }] });

describe('pasting a table into the letter', () => {
  it('puts the table after the paragraph the caret ends, as a table of the letter', () => {
    const pasted = fundsTable();
    const back = paste({ version: 1, blocks: [body('资金安排如下：'), body('专此答复。')] }, () => $getRoot().getFirstChildOrThrow<ElementNode>().selectEnd(), [
      pasted,
    ]);
    expect(back.blocks).toEqual([body('资金安排如下：'), pasted, body('专此答复。')]);
  });

  it('inside a table cell, writes the pasted rows as lines of that cell', () => {
    const back = paste(
      {
        version: 1,
        blocks: [
          textTable([
            ['项目', '说明'],
            ['补助', ''],
          ]),
        ],
      },
      () => {
        const table = $getRoot().getChildren().find($isTableNode)!;
        table.getChildAtIndex<ElementNode>(1)!.getChildAtIndex<ElementNode>(1)!.selectEnd();
      },
      [
        textTable([
          ['年份', '金额'],
          ['2023年', '1200'],
        ]),
      ],
    );
    const cell = back.blocks[0].table!.rows[1].cells[1];
    expect(cell.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('')).toBe('年份\u3000金额\n2023年\u30001200');
  });
});
