import { isDateFormat } from './dateFormats';
import { scanXml } from '../../../../shared/xml/xmlTags';

/** The parts of a workbook around its sheets, each read in one pass over its XML. */

/** Relationship id → target path inside the zip, resolved against the folder of the part that owns them. */
export function readRelationships(xml: string, baseFolder: string): Map<string, { target: string; type: string }> {
  const relationships = new Map<string, { target: string; type: string }>();
  scanXml(xml, {
    tag: ({ name, closing, attributes }) => {
      if (closing || name !== 'Relationship') return;
      const id = attributes.get('Id');
      const target = attributes.get('Target');
      if (id && target && attributes.get('TargetMode') !== 'External') {
        relationships.set(id, { target: resolvePath(baseFolder, target), type: attributes.get('Type') ?? '' });
      }
    },
  });
  return relationships;
}

export function resolvePath(baseFolder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseFolder.split('/').filter(Boolean);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export interface WorkbookInfo {
  /** Relationship ids of the sheets, in the order the workbook shows them. */
  sheetIds: string[];
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheetIds: [], date1904: false };
  scanXml(xml, {
    tag: ({ name, closing, attributes }) => {
      if (closing) return;
      if (name === 'sheet') {
        const id = attributes.get('id');
        if (id) info.sheetIds.push(id);
      } else if (name === 'workbookPr') {
        info.date1904 = ['1', 'true'].includes(attributes.get('date1904') ?? '');
      }
    },
  });
  return info;
}

/** For each cell style (cellXfs index), whether it shows numbers as dates. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const customCodes = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    tag: ({ name, closing, selfClosing, attributes }) => {
      if (name === 'cellXfs') inCellXfs = !closing && !selfClosing;
      else if (closing) return;
      else if (name === 'numFmt') customCodes.set(Number(attributes.get('numFmtId')), attributes.get('formatCode') ?? '');
      else if (name === 'xf' && inCellXfs) styleFormats.push(Number(attributes.get('numFmtId') ?? 0));
    },
  });
  return styleFormats.map((id) => isDateFormat(id, customCodes));
}

/** The shared strings, each the text of its runs; phonetic guides (rPh) left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let parts: string[] = [];
  let inText = false;
  let inPhonetic = false;
  scanXml(xml, {
    tag: ({ name, closing, selfClosing }) => {
      if (name === 'si') {
        if (closing || selfClosing) strings.push(parts.join(''));
        parts = [];
      } else if (name === 'rPh') inPhonetic = !closing && !selfClosing;
      else if (name === 't') inText = !closing && !selfClosing && !inPhonetic;
    },
    text: (text) => {
      if (inText) parts.push(text);
    },
  });
  return strings;
}
