// The hostile-input corpus: files a clerk might be sent (or that a damaged disk or a malicious sender
// makes) for every import the app has, generated at test time instead of kept as binaries.
// `npx tsx electron/testing/hostile/generateHostileCorpus.ts DIR [--bomb-mb N]` writes them to DIR.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { liuzhou2023Letter } from '../../../shared/structure/fixtures/liuzhou2023';
import { docxFile, escapeXml, sheetRow, sheetRows, wordParagraph, xlsxFile } from './officeFiles';

export type HostileCall = 'cases.import' | 'drafts.import' | 'drafts.importDocx';

export interface HostileCase {
  file: string;
  call: HostileCall;
  /** What is hostile about it. */
  hostile: string;
  /** The clear refusal a sound app gives (database unchanged); absent: it is imported and the store checks out. */
  refusal?: RegExp;
}

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];
const listRow = (n: number, title = `关于第${n}件事的建议`) => [
  '政协提案',
  '十三届三次会议',
  `${String(n).padStart(3, '0')}`,
  title,
  '九三学社柳州市委员会',
  '主办',
  '2026-03-10',
];
const csv = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n');
const PROTOTYPE_NAMES = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];
/** What a terminal would obey if printed raw: clear screen, colour, an 8-bit CSI, a right-to-left override. */
const ESCAPES = '\u001b[2J\u001b[31m红字\u001b[0m\u009b31m\u202e倒序\u202c';
const MB = 1024 * 1024;

/** A piece of 1 MB of spaces, repeated: the inflated size of a bomb in MB. */
const spaces = (megabytes: number) => [{ data: Buffer.alloc(MB, 0x20), times: megabytes }];

function sheetCases(bombMb: number): [HostileCase, Buffer | string][] {
  const list = sheetRows([HEADER, listRow(1), listRow(2)]);
  return [
    [
      { file: 'sparse-A10000.xlsx', call: 'cases.import', hostile: 'a stray cell at A10000 below a short list' },
      xlsxFile({ sheetData: [{ data: list + sheetRow(10_000, [['A10000', '备注']]) }] }),
    ],
    [
      {
        file: 'sparse-A1048576.xlsx',
        call: 'cases.import',
        hostile: 'a stray cell in the last row Excel has',
        refusal: /交办清单最多 20,000 行，「sparse-A1048576\.xlsx」第 1,048,576 行还有内容/,
      },
      xlsxFile({ sheetData: [{ data: list + sheetRow(1_048_576, [['A1048576', '备注']]) }] }),
    ],
    [
      {
        file: 'far-column-XFD1.xlsx',
        call: 'cases.import',
        hostile: 'a header in the last column Excel has',
        refusal: /交办清单最多 200 列，.*第 1 行第 16,384 列还有内容/,
      },
      xlsxFile({
        sheetData: [
          {
            data: sheetRow(1, [
              ['A1', '提案号'],
              ['XFD1', '备注'],
            ]),
          },
        ],
      }),
    ],
    [
      { file: 'blank-lines-3000.csv', call: 'cases.import', hostile: '3,000 blank lines after the list' },
      `${csv([HEADER, listRow(3), listRow(4)])}${'\r\n'.repeat(3_000)}`,
    ],
    [
      { file: 'columns-16385.csv', call: 'cases.import', hostile: 'a header line of 16,385 columns', refusal: /交办清单最多 200 列/ },
      csv([[...HEADER, ...Array.from({ length: 16_385 - HEADER.length }, (_, i) => `列${i}`)], listRow(5)]),
    ],
    [
      { file: 'rows-30000.csv', call: 'cases.import', hostile: '30,000 rows', refusal: /交办清单最多 20,000 行/ },
      csv([HEADER, ...Array.from({ length: 30_000 }, (_, i) => listRow(i + 1))]),
    ],
    [
      {
        file: 'bomb-declared.xlsx',
        call: 'cases.import',
        hostile: `a sheet inflating to ${bombMb} MB, declared honestly`,
        refusal: /「bomb-declared\.xlsx」解压后大得异常/,
      },
      xlsxFile({ sheetData: spaces(bombMb) }),
    ],
    [
      {
        file: 'bomb-understated.xlsx',
        call: 'cases.import',
        hostile: `a sheet inflating to ${bombMb} MB that declares 2 kB`,
        refusal: /「bomb-understated\.xlsx」解压后大得异常/,
      },
      xlsxFile({ sheetData: spaces(bombMb), sheetDeclaredSize: 2_048 }),
    ],
    [
      { file: 'many-entries.xlsx', call: 'cases.import', hostile: '6,000 entries in the zip', refusal: /解压后大得异常/ },
      xlsxFile({
        sheetData: [{ data: list }],
        extraEntries: Array.from({ length: 6_000 }, (_, i) => ({ name: `xl/media/x${i}.bin`, pieces: [{ data: 'x' }] })),
      }),
    ],
    [
      { file: 'deep-nesting.xlsx', call: 'cases.import', hostile: 'a title cell nested 200,000 runs deep' },
      xlsxFile({
        sheetData: [
          {
            data:
              sheetRows([HEADER]) +
              `<row r="2"><c r="A2" t="inlineStr"><is><t>政协提案</t></is></c><c r="B2" t="inlineStr"><is><t>十三届三次会议</t></is></c><c r="C2" t="inlineStr"><is><t>006</t></is></c><c r="D2" t="inlineStr"><is>`,
          },
          { data: '<r>'.repeat(200_000) },
          { data: '<t>关于嵌套的建议</t>' },
          { data: '</r>'.repeat(200_000) },
          {
            data: `</is></c><c r="E2" t="inlineStr"><is><t>张伟</t></is></c><c r="F2" t="inlineStr"><is><t>主办</t></is></c><c r="G2" t="inlineStr"><is><t>2026-03-10</t></is></c></row>`,
          },
        ],
      }),
    ],
    [
      { file: 'unclosed-tag.xlsx', call: 'cases.import', hostile: 'a sheet cut off inside a tag', refusal: /「unclosed-tag\.xlsx」打不开，不像 Excel 表格/ },
      xlsxFile({ sheetData: [{ data: `${sheetRows([HEADER])}<row r="2"><c r="A2" t="inlineStr"` }] }),
    ],
    [
      { file: 'prototype-names.xlsx', call: 'cases.import', hostile: 'headers and cells named toString, __proto__, constructor' },
      xlsxFile({
        sheetData: [
          {
            data: sheetRows([
              [...HEADER, ...PROTOTYPE_NAMES],
              ...PROTOTYPE_NAMES.map((name, i) => [
                ...listRow(10 + i, `关于${name}的建议`).slice(0, 1),
                name,
                `${name}-${i}`,
                name,
                name,
                '主办',
                '2026-03-10',
                name,
              ]),
            ]),
          },
        ],
      }),
    ],
    [
      { file: 'shared-string-indexes.xlsx', call: 'cases.import', hostile: 'shared-string indexes past the end, negative and named like prototype members' },
      xlsxFile({
        sharedStrings: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>提案号</t></si><si><r><t>案</t></r><r><t>由</t></r><rPh><t>アンユ</t></rPh></si><si><t>提案者</t></si></sst>`,
        sheetData: [
          {
            data: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2" t="s"><v>99999999</v></c><c r="B2" t="s"><v>-1</v></c><c r="C2" t="s"><v>constructor</v></c></row>',
          },
        ],
      }),
    ],
    [
      { file: 'control-characters.csv', call: 'cases.import', hostile: 'terminal escape sequences and bidi overrides in a title' },
      csv([HEADER, listRow(20, `关于${ESCAPES}的建议`)]),
    ],
    [{ file: 'long-cell.csv', call: 'cases.import', hostile: 'a title of 300,001 characters' }, csv([HEADER, listRow(21, '长'.repeat(300_001)), listRow(22)])],
    [
      { file: 'not-text.csv', call: 'cases.import', hostile: 'binary bytes named .csv', refusal: /「not-text\.csv」不是文本/ },
      Buffer.from(Array.from({ length: 4_096 }, (_, i) => (i * 131 + 7) % 256)),
    ],
    [{ file: 'empty.xlsx', call: 'cases.import', hostile: 'a workbook with an empty sheet', refusal: /表格里没有内容/ }, xlsxFile({ sheetData: [] })],
  ];
}

function letterCases(bombMb: number): [HostileCase, Buffer | string][] {
  const fieldMeta = JSON.stringify({
    definitions: PROTOTYPE_NAMES.filter((name) => /^[a-zA-Z][a-zA-Z0-9]*$/.test(name)).map((name, i) => ({ name, label: `字段${i}`, type: 'text' })),
    values: Object.fromEntries(PROTOTYPE_NAMES.map((name) => [name, `${name} 的值`])),
  });
  const metaProperties = Object.fromEntries(
    Array.from({ length: Math.ceil(fieldMeta.length / 250) }, (_, i) => [`DafuFields${i}`, fieldMeta.slice(i * 250, i * 250 + 250)]),
  );
  const bookmarked = (name: string, id: number) =>
    `<w:p><w:r><w:t>关于</w:t></w:r><w:bookmarkStart w:id="${id}" w:name="Dafu_${name}_1"/><w:r><w:t>${escapeXml(name)} 的值</w:t></w:r><w:bookmarkEnd w:id="${id}"/><w:r><w:t>的答复</w:t></w:r></w:p>`;
  return [
    [
      {
        file: 'lines-20001.txt',
        call: 'drafts.import',
        hostile: '20,001 lines',
        refusal: /「lines-20001\.txt」超出了一封答复函能存的范围.*一封答复函最多 20,000 段/,
      },
      Array.from({ length: 20_001 }, (_, i) => `第${i + 1}段。`).join('\n'),
    ],
    [
      { file: 'one-long-line.txt', call: 'drafts.import', hostile: 'one line of 300,000 characters', refusal: /一段文字最多 200,000 字/ },
      `关于某事的答复\n${'很长'.repeat(150_000)}`,
    ],
    [
      { file: 'control-characters.txt', call: 'drafts.import', hostile: 'terminal escape sequences in the title' },
      liuzhou2023Letter.replace('关于对', `关于${ESCAPES}对`),
    ],
    [
      { file: 'prototype-names.txt', call: 'drafts.import', hostile: 'toString, __proto__ and constructor in the text' },
      `关于toString的答复\n\n__proto__：\n\n${PROTOTYPE_NAMES.join('、')}。\n\nconstructor\n2026年5月26日`,
    ],
    [
      { file: 'paragraphs-20001.docx', call: 'drafts.importDocx', hostile: '20,001 paragraphs', refusal: /一封答复函最多 20,000 段/ },
      docxFile({ body: [{ data: wordParagraph('第一段。') }, { data: wordParagraph('又一段。').repeat(20_000) }] }),
    ],
    [
      {
        file: 'bomb-declared.docx',
        call: 'drafts.importDocx',
        hostile: `a body inflating to ${bombMb} MB, declared honestly`,
        refusal: /「bomb-declared\.docx」解压后大得异常/,
      },
      docxFile({ body: spaces(bombMb) }),
    ],
    [
      {
        file: 'bomb-understated.docx',
        call: 'drafts.importDocx',
        hostile: `a body inflating to ${bombMb} MB that declares 2 kB`,
        refusal: /「bomb-understated\.docx」解压后大得异常/,
      },
      docxFile({ body: spaces(bombMb), bodyDeclaredSize: 2_048 }),
    ],
    [
      {
        file: 'deep-nesting.docx',
        call: 'drafts.importDocx',
        hostile: 'a paragraph inside 100,000 nested content controls',
        refusal: /「deep-nesting\.docx」的内容已损坏/,
      },
      docxFile({
        body: [
          { data: '<w:sdt><w:sdtContent>'.repeat(100_000) },
          { data: wordParagraph('关于嵌套的答复') },
          { data: '</w:sdtContent></w:sdt>'.repeat(100_000) },
        ],
      }),
    ],
    [
      { file: 'prototype-fields.docx', call: 'drafts.importDocx', hostile: 'Dafu field definitions named toString, valueOf, constructor' },
      docxFile({
        body: [
          {
            data:
              PROTOTYPE_NAMES.slice(0, 3)
                .map((name, i) => bookmarked(name, i + 1))
                .join('') + wordParagraph('特此答复。'),
          },
        ],
        customProperties: metaProperties,
      }),
    ],
    [
      { file: 'control-characters.docx', call: 'drafts.importDocx', hostile: 'terminal escape sequences in the title' },
      docxFile({
        body: [
          {
            data:
              wordParagraph(`关于${[...ESCAPES].filter((char) => char.charCodeAt(0) >= 0x20 && !(char >= '\u0080' && char <= '\u009f')).join('')}的答复`) +
              wordParagraph('特此答复。'),
          },
        ],
      }),
    ],
  ];
}

/** Writes the corpus into `dir` and lists its cases. `bombMb`: what each bomb inflates to. */
export function generateHostileCorpus(dir: string, { bombMb = 300 }: { bombMb?: number } = {}): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  return [...sheetCases(bombMb), ...letterCases(bombMb)].map(([hostileCase, content]) => {
    writeFileSync(join(dir, hostileCase.file), content);
    return hostileCase;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, flag, value] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('用法：npx tsx electron/testing/hostile/generateHostileCorpus.ts 输出文件夹 [--bomb-mb N]\n');
    process.exit(2);
  }
  const cases = generateHostileCorpus(dir, flag === '--bomb-mb' ? { bombMb: Number(value) } : {});
  for (const item of cases) process.stdout.write(`${item.file}\t${item.call}\t${item.refusal ? '应拒绝' : '应导入'}\t${item.hostile}\n`);
}
