import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { blocksToHtml, clipboardBlocks, plainTextBlocks, type ClipboardNode } from './clipboardBlocks';

/** Sanitised clipboard HTML as DOMPurify leaves it, parsed outside a browser. */
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html') as unknown as ClipboardNode;

describe('clipboard HTML to letter paragraphs', () => {
  it('maps Word paragraphs: title style, numbered list items, bold, a bullet dropped, <o:p> spacing ignored', () => {
    const blocks = clipboardBlocks(
      parse(`
        <p class="MsoTitle">关于对市政协第011号提案的答复</p>
        <p class="MsoNormal">九三学社柳州市委员会：</p>
        <p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">一、<span>&#160;&#160;</span></span>基本情况</p>
        <p class="MsoNormal">我们<b><span style="mso-bidi-font-weight:normal">高度重视</span></b>质量工作。<span>&#160;</span></p>
        <p class="MsoListParagraph" style="mso-list:l1 level1 lfo2"><span style="font-family:Symbol;mso-list:Ignore">·<span>&#160;&#160;</span></span>加强监管</p>`),
    );
    expect(blocks).toEqual([
      { role: 'title', inlines: [{ t: 'text', text: '关于对市政协第011号提案的答复' }] },
      { role: 'body', inlines: [{ t: 'text', text: '九三学社柳州市委员会：' }] },
      { role: 'heading', level: 1, inlines: [{ t: 'text', text: '一、基本情况' }] },
      {
        role: 'body',
        inlines: [
          { t: 'text', text: '我们' },
          { t: 'text', text: '高度重视', bold: true },
          { t: 'text', text: '质量工作。' },
        ],
      },
      { role: 'body', inlines: [{ t: 'text', text: '加强监管' }] },
    ]);
  });

  it('maps web headings, style-bold spans, a table and line breaks', () => {
    const blocks = clipboardBlocks(
      parse(`<h2>（一）优化营商环境</h2><div>第一行<br/>第二行</div>
        <span style="font-weight:700">加粗</span>
        <table><tbody><tr><td>项目</td><td>数量</td></tr><tr><td>检测机构</td><td>16</td></tr></tbody></table>`),
    );
    expect(blocks).toEqual([
      { role: 'heading', level: 2, inlines: [{ t: 'text', text: '（一）优化营商环境' }] },
      { role: 'body', inlines: [{ t: 'text', text: '第一行' }] },
      { role: 'body', inlines: [{ t: 'text', text: '第二行' }] },
      { role: 'body', inlines: [{ t: 'text', text: '加粗', bold: true }] },
      {
        role: 'table',
        inlines: [],
        table: {
          headerRows: 0,
          columns: [{ align: 'left' }, { align: 'left' }],
          rows: [
            { cells: [{ inlines: [{ t: 'text', text: '项目' }] }, { inlines: [{ t: 'text', text: '数量' }] }] },
            { cells: [{ inlines: [{ t: 'text', text: '检测机构' }] }, { inlines: [{ t: 'text', text: '16' }] }] },
          ],
        },
      },
    ]);
  });

  it('keeps the role Dafu wrote on its own paragraphs, even a body paragraph that starts with a number', () => {
    const blocks = clipboardBlocks(
      parse('<p data-role="body">1.这是正文。</p><p data-role="heading" data-level="3">2.标题</p><p data-role="signature">某某局</p>'),
    );
    expect(blocks.map((block) => [block.role, block.level])).toEqual([
      ['body', undefined],
      ['heading', 3],
      ['signature', undefined],
    ]);
  });

  it('reads plain text line by line and writes clean, escaped HTML back out', () => {
    expect(plainTextBlocks('一、概况\r\n\r\n  正文<一段>  \n').map((block) => [block.role, block.level])).toEqual([
      ['heading', 1],
      ['body', undefined],
    ]);
    const html = blocksToHtml([
      { role: 'title', inlines: [{ t: 'text', text: '答复' }] },
      { role: 'heading', level: 2, inlines: [{ t: 'text', text: '（一）<b>' }] },
      {
        role: 'body',
        inlines: [
          { t: 'text', text: 'a"b' },
          { t: 'text', text: '粗', bold: true },
        ],
      },
    ]);
    expect(html).toBe('<p style="text-align:center"><b>答复</b></p><h2>（一）&#60;b&#62;</h2><p>a&#34;b<b>粗</b></p>');
  });
});
