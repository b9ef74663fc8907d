import { ApiError } from '../../../../shared/api/errors';
import { openCappedZip, ZipRefused } from '../../../../shared/zip/cappedZip';
import { isoFromSerial } from './dateFormats';
import { SheetGrid, type SheetCells } from './sheetGrid';
import { inflatesTooMuch, notXlsx, XLSX_LIMITS } from './sheetLimits';
import { readDateStyles, readRelationships, readSharedStrings, readWorkbook, resolvePath } from './xlsxParts';
import { scanXml, XmlBroken } from '../../../../shared/xml/xmlTags';

interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** 「AB12」 → column 28, row 12; a reference without a row (never written by Excel) gives row 0. */
function cellReference(reference: string): { column: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,4})\$?(\d{0,9})$/.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column, row: Number(match[2] || 0) };
}

interface OpenCell {
  type: string;
  style: number;
  value: string[];
  inline: string[];
}

/** A cell's text as the clerk sees it: numbers as written, a date-styled number as YYYY-MM-DD. */
function cellText(cell: OpenCell, context: SheetContext): string {
  const value = cell.value.join('');
  switch (cell.type) {
    case 's':
      return context.strings[Number(value)] ?? '';
    case 'inlineStr':
      return cell.inline.join('');
    case 'str':
      return value;
    case 'b':
      return value === '' ? '' : String(value === '1' || value === 'true');
    case 'e':
      return '';
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
    }
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dateStyles[cell.style]) return isoFromSerial(number, context.date1904) ?? value;
      return String(number);
    }
  }
}

/** Puts one sheet's cells into the grid as the XML gives them, in one pass. */
function readSheetXml(xml: string, context: SheetContext, grid: SheetGrid): void {
  let row = 0;
  let column = 0;
  let cell: OpenCell | null = null;
  let capture: string[] | null = null;
  let inPhonetic = false;
  scanXml(xml, {
    tag: ({ name, closing, selfClosing, attributes }) => {
      switch (name) {
        case 'row':
          if (closing) return;
          row = Number(attributes.get('r')) || row + 1;
          column = 0;
          return;
        case 'c': {
          if (closing) {
            if (cell) grid.put(row, column, cellText(cell, context));
            cell = null;
            return;
          }
          const reference = cellReference(attributes.get('r') ?? '');
          column = reference ? reference.column : column + 1;
          if (reference && reference.row > 0) row = reference.row;
          cell = { type: attributes.get('t') ?? 'n', style: Number(attributes.get('s') ?? 0), value: [], inline: [] };
          if (selfClosing) cell = null;
          return;
        }
        case 'v':
          capture = !closing && !selfClosing && cell ? cell.value : null;
          return;
        case 'rPh':
          inPhonetic = !closing && !selfClosing;
          return;
        case 't':
          capture = !closing && !selfClosing && cell && !inPhonetic ? cell.inline : null;
          return;
      }
    },
    text: (text) => {
      capture?.push(text);
    },
  });
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function relsOf(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * The cells of an .xlsx 交办清单's first sheet with content. The zip is read with capped inflation
 * (a bomb is refused), and each part in one pass, so the time is linear in the file's inflated size.
 */
export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<SheetCells> {
  const broken = notXlsx(fileName);
  try {
    const zip = await openCappedZip(bytes, XLSX_LIMITS, { broken, tooBig: inflatesTooMuch(fileName) });
    const rootRels = await zip.text('_rels/.rels');
    const root = rootRels === undefined ? undefined : [...readRelationships(rootRels, '').values()].find((rel) => OFFICE_DOCUMENT.test(rel.type));
    const workbookPath = root?.target ?? 'xl/workbook.xml';
    const workbookXml = await zip.text(workbookPath);
    const workbookRels = await zip.text(relsOf(workbookPath));
    if (workbookXml === undefined || workbookRels === undefined) throw new ApiError('invalid_input', broken);
    const workbook = readWorkbook(workbookXml);
    const relationships = readRelationships(workbookRels, folderOf(workbookPath));
    const partOf = (type: RegExp) => [...relationships.values()].find((rel) => type.test(rel.type))?.target;
    const context: SheetContext = {
      strings: readSharedStrings(await zip.text(partOf(/\/sharedStrings$/) ?? resolvePath(folderOf(workbookPath), 'sharedStrings.xml'))),
      dateStyles: readDateStyles(await zip.text(partOf(/\/styles$/) ?? resolvePath(folderOf(workbookPath), 'styles.xml'))),
      date1904: workbook.date1904,
    };
    for (const id of workbook.sheetIds) {
      const target = relationships.get(id)?.target;
      const xml = target === undefined ? undefined : await zip.text(target);
      if (xml === undefined) continue;
      const grid = new SheetGrid(fileName);
      readSheetXml(xml, context, grid);
      if (!grid.empty) return grid.result();
    }
    throw new ApiError('invalid_input', '表格里没有内容，请确认选对了交办清单。');
  } catch (error) {
    if (error instanceof XmlBroken) throw new ApiError('invalid_input', broken);
    if (error instanceof ZipRefused) throw new ApiError('invalid_input', error.message);
    throw error;
  }
}
