import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { compareLetters } from '../diff/compare';
import { blockText } from '../model/document';
import { makeFieldRenderer } from '../fields/formatField';
import { attributeChanges } from './trackedAuthors';
import { trackedParagraphs, type TrackedVersion } from './trackedChanges';
import { exportTrackedDocx } from './exportTrackedDocx';
import { readDocx, type DocxContent } from './readDocx';
import { letterFromDocx } from './letterFromDocx';
import { offeredSuggestions } from './fixtures/offeredSuggestions';
import { parseXml, wAttr, wDescendants } from './wordXml';
import { trackedChain, trackedLetterB } from './fixtures/trackedLetters';

const [drafted, , finished] = trackedChain;

async function trackedExport(chain = trackedChain) {
  const { paragraphs } = trackedParagraphs(chain[0], chain[chain.length - 1], attributeChanges(chain));
  return exportTrackedDocx(trackedLetterB, paragraphs);
}

async function documentXml(bytes: Uint8Array) {
  return parseXml(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
}

const texts = (content: DocxContent) => content.paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).filter((text) => text !== '');
const lettersText = (version: TrackedVersion) =>
  version.content.blocks.map((block) => blockText(block, makeFieldRenderer(version.definitions, version.fields)));

describe('导出修订稿: revision B with tracked changes against revision A', () => {
  it('marks word-level changes with w:ins and w:del, each with the author and time of the revision that made it', async () => {
    const xml = await documentXml(await trackedExport());
    const marks = (name: string) => wDescendants(xml, name).map((element) => `${element.textContent}|${wAttr(element, 'author')}|${wAttr(element, 'date')}`);
    expect(marks('ins')).toEqual(
      expect.arrayContaining([
        '非常|李科长|2026-12-01T02:00:00Z',
        '组织|张主任|2026-12-02T03:00:00Z',
        '13|张主任|2026-12-02T03:00:00Z',
        '新增加的一段话。|张主任|2026-12-02T03:00:00Z',
      ]),
    );
    expect(marks('del')).toEqual(
      expect.arrayContaining([
        '高度|李科长|2026-12-01T02:00:00Z',
        '进行|张主任|2026-12-02T03:00:00Z',
        '这一段将被整段删除，不再保留。|张主任|2026-12-02T03:00:00Z',
      ]),
    );
    // the changed paragraph keeps its unchanged words as plain runs: not deleted whole and typed again
    expect(marks('del').some((mark) => mark.startsWith('我局'))).toBe(false);
  });

  it('marks a moved paragraph as w:moveFrom / w:moveTo named alike, and heading level and bold as formatting changes', async () => {
    const xml = await documentXml(await trackedExport());
    const [from] = wDescendants(xml, 'moveFrom');
    const [to] = wDescendants(xml, 'moveTo');
    expect([from.textContent, to.textContent]).toEqual(['这一段会被移到后面去。', '这一段会被移到后面去。']);
    expect(wAttr(wDescendants(xml, 'moveFromRangeStart')[0], 'name')).toBe(wAttr(wDescendants(xml, 'moveToRangeStart')[0], 'name'));
    const [paragraphChange] = wDescendants(xml, 'pPrChange');
    expect(wAttr(wDescendants(paragraphChange, 'pStyle')[0], 'val')).toBe('Heading1');
    const [runChange] = wDescendants(xml, 'rPrChange');
    expect(wAttr(wDescendants(runChange, 'b')[0], 'val')).toBe('false');
    expect(wDescendants(xml, 'trackRevisions')).toHaveLength(0); // it lives in settings.xml, checked below
    const settings = await (await JSZip.loadAsync(await trackedExport())).file('word/settings.xml')!.async('string');
    expect(settings).toContain('trackRevisions');
  });

  it('stamps everything with B when A is not an ancestor on the way (only A and B known)', async () => {
    const xml = await documentXml(await trackedExport([drafted, finished]));
    const authors = new Set(
      ['ins', 'del', 'moveFrom', 'moveTo', 'pPrChange', 'rPrChange'].flatMap((name) => wDescendants(xml, name)).map((element) => wAttr(element, 'author')),
    );
    expect([...authors]).toEqual(['张主任']);
  });

  it('reads back as A with every 修订 rejected and as B with every one accepted, fields and roles included', async () => {
    const bytes = await trackedExport();
    const [rejected, accepted] = [await readDocx(bytes, '修订稿.docx', 'rejected'), await readDocx(bytes, '修订稿.docx', 'accepted')];
    expect(texts(rejected)).toEqual(lettersText(drafted));
    expect(texts(accepted)).toEqual(lettersText(finished));
    expect(rejected.paragraphs[1].style).toEqual({ role: 'heading', level: 1 });
    expect(rejected.paragraphs.find((paragraph) => paragraph.runs[0]?.text === '最后一段内容保持不变。')?.runs[0]).toMatchObject({ bold: false });
    const letter = letterFromDocx(accepted);
    expect(letter.document.blocks).toEqual(finished.content.blocks);
    expect(letter.fields.proposalNumber).toBe('13');
  });

  it('offers each change as a suggestion with its author when imported again, the same changes Dafu’s comparison shows', async () => {
    const offered = await offeredSuggestions(await trackedExport());
    const shown = compareLetters(drafted, finished).changes.map((change) => `${change.kind} ${change.before}→${change.after}`);
    expect(offered.map((line) => line.slice(0, line.lastIndexOf(' ')))).toEqual(shown);
    expect(offered).toEqual([
      'field 12→13 张主任',
      'replace 12→13 张主任',
      'format 一级标题→二级标题 张主任',
      'replace 高度→非常 李科长',
      'replace 进行→组织 张主任',
      'delete 这一段将被整段删除，不再保留。→ 张主任',
      'bold 最后一段内容保持不变。→最后一段内容保持不变。 张主任',
      'move 这一段会被移到后面去。→这一段会被移到后面去。 张主任',
      'insert →新增加的一段话。 张主任',
    ]);
  });
});

describe('导出修订稿: moves and formatting carry the author of the revision that made them', () => {
  it('stamps a move, a heading level and bold made by 李科长 with his name, though 张主任 saved B', async () => {
    const [draft] = trackedChain;
    const blocks = draft.content.blocks;
    const byLi = {
      ...draft,
      stamp: { author: '李科长', date: '2026-12-01T02:00:00.000Z' },
      // the moved paragraph to the end, 一、基本情况 a level lower, the last paragraph bold
      content: {
        ...draft.content,
        blocks: [
          blocks[0],
          { ...blocks[1], level: 2 as const },
          blocks[2],
          blocks[3],
          { ...blocks[5], inlines: [{ t: 'text' as const, text: '最后一段内容保持不变。', bold: true }] },
          blocks[4],
        ],
      },
    };
    const byZhang = {
      ...byLi,
      stamp: { author: '张主任', date: '2026-12-02T03:00:00.000Z' },
      content: { ...byLi.content, blocks: byLi.content.blocks.filter((block) => block !== blocks[3]) },
    };
    const xml = await documentXml(await trackedExport([draft, byLi, byZhang]));
    const authors = (name: string) => wDescendants(xml, name).map((element) => wAttr(element, 'author'));
    expect([authors('moveFrom'), authors('moveTo'), authors('moveFromRangeStart'), authors('pPrChange'), authors('rPrChange')]).toEqual([
      ['李科长'],
      ['李科长'],
      ['李科长'],
      ['李科长'],
      ['李科长'],
    ]);
    // the paragraph 张主任 deleted is his; the moved paragraph's mark at its old place goes with the move
    expect(wDescendants(xml, 'del').map((element) => `${element.textContent}|${wAttr(element, 'author')}`)).toEqual([
      '|张主任',
      '这一段将被整段删除，不再保留。|张主任',
      '|李科长',
    ]);
  });
});
