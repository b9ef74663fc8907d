import { writeZip, type ZipEntrySpec, type ZipPiece } from './zipWriter';

/** The smallest .xlsx and .docx that Excel, WPS and Word open, with the parts a hostile case varies. */

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A row of inline-string cells: [[ref, text], …]. */
export function sheetRow(row: number, cells: readonly (readonly [string, string])[]): string {
  return `<row r="${row}">${cells.map(([ref, text]) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`).join('')}</row>`;
}

/** Header and data rows from row 1, columns A, B, C, … */
export function sheetRows(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells, index) =>
      sheetRow(
        index + 1,
        cells.map((text, column) => [`${String.fromCharCode(65 + column)}${index + 1}`, text] as const),
      ),
    )
    .join('');
}

export interface XlsxSpec {
  /** The sheet's <sheetData> content, in pieces so a bomb can repeat one. */
  sheetData: ZipPiece[];
  sharedStrings?: string;
  /** Overrides the size the directory declares for the sheet part. */
  sheetDeclaredSize?: number;
  extraEntries?: ZipEntrySpec[];
}

export function xlsxFile(spec: XlsxSpec): Buffer {
  const sharedRel = spec.sharedStrings === undefined ? '' : `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`;
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      pieces: [
        {
          data: xml(
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
          ),
        },
      ],
    },
    {
      name: '_rels/.rels',
      pieces: [
        {
          data: xml(
            `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
          ),
        },
      ],
    },
    {
      name: 'xl/workbook.xml',
      pieces: [{ data: xml(`<workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="交办清单" sheetId="1" r:id="rId1"/></sheets></workbook>`) }],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      pieces: [
        {
          data: xml(
            `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>${sharedRel}</Relationships>`,
          ),
        },
      ],
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      pieces: [{ data: xml(`<worksheet xmlns="${SHEET_NS}"><sheetData>`) }, ...spec.sheetData, { data: '</sheetData></worksheet>' }],
      ...(spec.sheetDeclaredSize === undefined ? {} : { declaredSize: spec.sheetDeclaredSize }),
    },
    ...(spec.sharedStrings === undefined ? [] : [{ name: 'xl/sharedStrings.xml', pieces: [{ data: spec.sharedStrings }] }]),
    ...(spec.extraEntries ?? []),
  ];
  return writeZip(entries);
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function wordParagraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export interface DocxSpec {
  /** The <w:body> content, in pieces so a bomb can repeat one. */
  body: ZipPiece[];
  bodyDeclaredSize?: number;
  /** Custom document properties (Dafu keeps its field definitions there). */
  customProperties?: Record<string, string>;
}

export function docxFile(spec: DocxSpec): Buffer {
  const custom = spec.customProperties;
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      pieces: [
        {
          data: xml(
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
          ),
        },
      ],
    },
    {
      name: '_rels/.rels',
      pieces: [
        {
          data: xml(
            `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/></Relationships>`,
          ),
        },
      ],
    },
    {
      name: 'word/document.xml',
      pieces: [{ data: xml(`<w:document xmlns:w="${WORD_NS}"><w:body>`) }, ...spec.body, { data: '</w:body></w:document>' }],
      ...(spec.bodyDeclaredSize === undefined ? {} : { declaredSize: spec.bodyDeclaredSize }),
    },
  ];
  if (custom) {
    const properties = Object.entries(custom)
      .map(
        ([name, value], index) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
      )
      .join('');
    entries.push({
      name: 'docProps/custom.xml',
      pieces: [
        {
          data: xml(
            `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${properties}</Properties>`,
          ),
        },
      ],
    });
  }
  return writeZip(entries);
}
