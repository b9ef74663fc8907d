import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/fieldDefinition';
import { recognisePastedText } from './recognisePaste';
import { STANDARD_FIELDS } from './standardFields';
import { pastedReplyExcerpt } from './fixtures/pastedExcerpt';

const EXCERPT = pastedReplyExcerpt;

const { proposer, sessionName, signedOn, bureauName, cc } = STANDARD_FIELDS;
const DRAFT_FIELDS: FieldDefinition[] = [proposer, sessionName, signedOn, bureauName, { ...cc, type: 'person' }];

describe('recognising pasted plain text inside a draft', () => {
  it('gives the pasted lines their roles and heading levels', () => {
    const { blocks } = recognisePastedText(EXCERPT, DRAFT_FIELDS, {});
    expect(blocks.map((block) => [block.role, block.level])).toEqual([
      ['addressee', undefined],
      ['body', undefined],
      ['heading', 1],
      ['heading', 2],
      ['body', undefined],
      ['signature', undefined],
      ['date', undefined],
      ['cc', undefined],
    ]);
  });

  it('fills only empty fields, keeps tokens where the value agrees, and leaves other facts as the text they were', () => {
    const values = { proposer: '', sessionName: '市政协十三届三次会议', bureauName: '柳州市工业和信息化局' };
    const { blocks, filled, filledLabels } = recognisePastedText(EXCERPT, DRAFT_FIELDS, values);
    expect(filled).toEqual({ proposer: '九三学社柳州市委员会', signedOn: '2023-05-26' });
    expect(filledLabels).toEqual(['提案者', '成文日期']);
    expect(blocks[0].inlines).toEqual([
      { t: 'field', name: 'proposer' },
      { t: 'text', text: '：' },
    ]);
    expect(blocks[1].inlines[1]).toEqual({ t: 'field', name: 'sessionName' });
    // a different 署名 in the draft, and a field of another type, stay the pasted words
    expect(blocks[5].inlines).toEqual([{ t: 'text', text: '柳州市市场监督管理局' }]);
    expect(blocks[7].inlines).toEqual([{ t: 'text', text: '抄送：市政协提案委员会' }]);
    expect(blocks[6].inlines).toEqual([{ t: 'field', name: 'signedOn' }]);
  });

  it('warns of what it read differently from how it was written, not of the parts a fragment lacks', () => {
    const { filled, warnings } = recognisePastedText(EXCERPT.replace('2023年5月26日', '2023526'), DRAFT_FIELDS, {});
    expect(filled.signedOn).toBe('2023-05-26');
    expect(warnings).toEqual(['成文日期写成了「2023526」，格式不对，已按「2023年5月26日」识别，请核对。']);
    expect(recognisePastedText('我局将会同有关部门建立联席会议制度。\n下一步继续推进。', DRAFT_FIELDS, {}).warnings).toEqual([]);
  });

  it('keeps every fact as text in a draft without fields', () => {
    const { blocks, filled } = recognisePastedText(EXCERPT, [], {});
    expect(filled).toEqual({});
    expect(blocks.every((block) => block.inlines.every((run) => run.t === 'text'))).toBe(true);
    expect(blocks[1].inlines).toEqual([{ t: 'text', text: EXCERPT.split('\n')[1] }]);
  });
});
