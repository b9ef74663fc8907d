import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fundsTable, textTable } from '../model/fixtures/sampleTables';
import { exportLetterDocx, type LetterForExport } from './exportDocx';
import { TURNED_MARGIN, TYPE_AREA } from './gbLayout';
import { letterFromDocx } from './letterFromDocx';
import { readDocx } from './readDocx';
import { sampleLetter } from './fixtures/sampleLetter';

const COLUMNS = ['序号', '项目名称', '建设内容', '责任单位', '完成时限', '资金来源', '进展情况', '督办科室', '备注'];
const wide = textTable([COLUMNS, COLUMNS.map((name, column) => (column === 0 ? '1' : `${name}一`))], { caption: '附表 民生实事项目推进情况' });
const blocks = sampleLetter.content.blocks;
const letter: LetterForExport = { ...sampleLetter, content: { ...sampleLetter.content, blocks: [...blocks.slice(0, 3), wide, ...blocks.slice(3)] } };

describe('a row taller than a page, in Word', () => {
  it('may break across pages, while the rows around it are kept whole', async () => {
    const account = Array.from({ length: 60 }, (_, n) => `第${n + 1}条措施已按计划落实到位，群众反映良好。`).join('');
    const tall = textTable([
      ['事项', '落实情况'],
      ['背街小巷整治', account],
      ['结尾事项', '已办结'],
    ]);
    const withTall: LetterForExport = { ...sampleLetter, content: { ...sampleLetter.content, blocks: [...blocks.slice(0, 3), tall] } };
    const xml = await (await JSZip.loadAsync(await exportLetterDocx(withTall))).file('word/document.xml')!.async('string');
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) => row[1]).filter((row) => /事项|背街小巷整治/.test(row));
    expect(rows.map((row) => row.includes('<w:cantSplit/>'))).toEqual([true, false, true]);
  });
});

describe('a table too wide for the 版心, in Word', () => {
  it('goes into a landscape A4 section of its own, as wide as the turned 版心, the letter upright before and after it', async () => {
    const xml = await (await JSZip.loadAsync(await exportLetterDocx(letter))).file('word/document.xml')!.async('string');
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((match) => ({ xml: match[0], at: match.index }));
    expect(sections).toHaveLength(3);
    expect(sections.map((section) => /w:orient="landscape"/.test(section.xml))).toEqual([false, true, false]);
    expect(sections[1].xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(sections[1].xml).toContain(
      `w:top="${TURNED_MARGIN.top}" w:right="${TURNED_MARGIN.right}" w:bottom="${TURNED_MARGIN.bottom}" w:left="${TURNED_MARGIN.left}"`,
    );
    // The table and its 表题 lie between the first section's end and the landscape section's end.
    const table = xml.indexOf('<w:tbl>');
    expect(xml.indexOf('附表 民生实事项目推进情况')).toBeGreaterThan(sections[0].at);
    expect(table).toBeGreaterThan(sections[0].at);
    expect(table).toBeLessThan(sections[1].at);
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(xml.slice(table))?.[1]);
    expect(width).toBeGreaterThan(TYPE_AREA.height - COLUMNS.length);
    expect(width).toBeLessThanOrEqual(TYPE_AREA.height);
    // Page numbers run on: the later sections keep the first one's footers.
    expect(sections[1].xml).not.toContain('footerReference');
    expect(sections[2].xml).not.toContain('footerReference');
  });

  it('comes back from the .docx as the same letter', async () => {
    const back = letterFromDocx(await readDocx(await exportLetterDocx(letter), '答复.docx'));
    expect(back.document).toEqual(letter.content);
  });

  it('turned by hand (横排此表) though it fits, goes landscape too and comes back turned', async () => {
    const funds = fundsTable();
    const byHand = { ...funds, table: { ...funds.table!, turned: true as const } };
    const turned: LetterForExport = { ...sampleLetter, content: { ...sampleLetter.content, blocks: [...blocks.slice(0, 3), byHand, ...blocks.slice(3)] } };
    const bytes = await exportLetterDocx(turned);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(1);
    expect(letterFromDocx(await readDocx(bytes, '答复.docx')).document).toEqual(turned.content);
  });
});
