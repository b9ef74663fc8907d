import type { Document, Element } from '@xmldom/xmldom';
import { ApiError } from '../api/errors';
import { fieldOfBookmark, readFieldMeta, type FieldMeta, type StyleHint } from './dafuMarks';
import { readParagraphStyles, type ParagraphStyles } from './docxStyles';
import { openDocx } from './openDocx';
import { isElement, isOn, isW, parseXml, wAttr, wChild, wChildren, wDescendants } from './wordXml';

export type DocxRun = { text: string; bold: boolean; field?: undefined } | { field: string; text: string };

export interface DocxParagraph {
  runs: DocxRun[];
  style?: StyleHint;
}

export interface DocxComment {
  author: string;
  text: string;
  /** The letter text the comment is attached to. */
  anchor: string;
}

export interface DocxContent {
  paragraphs: DocxParagraph[];
  comments: DocxComment[];
  /** Tracked changes, read as accepted: insertions kept, deletions left out. */
  insertions: number;
  deletions: number;
  /** Field definitions and values when the file was exported by Dafu. */
  fieldMeta?: FieldMeta;
}

/** Elements whose content is not letter text: deleted text, moved-away text, field codes, drawings. */
const SKIPPED = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'rPr', 'pPr']);

interface WalkState {
  styles: ParagraphStyles;
  paragraphs: DocxParagraph[];
  insertions: number;
  deletions: number;
  openField?: { id: string; field: string; text: string };
  openComments: Map<string, string>;
  anchors: Map<string, string>;
}

function pushText(runs: DocxRun[], text: string, bold: boolean, state: WalkState): void {
  if (text === '') return;
  for (const id of state.openComments.keys()) state.openComments.set(id, state.openComments.get(id) + text);
  if (state.openField) {
    state.openField.text += text;
    return;
  }
  const last = runs.at(-1);
  if (last && last.field === undefined && last.bold === bold) last.text += text;
  else runs.push({ text, bold });
}

function runIsBold(run: Element, styles: ParagraphStyles): boolean {
  const props = wChild(run, 'rPr');
  if (!props) return false;
  const bold = wChild(props, 'b');
  if (bold) return isOn(bold);
  const runStyle = wChild(props, 'rStyle');
  return runStyle ? styles.bold(wAttr(runStyle, 'val')) : false;
}

function readRun(run: Element, runs: DocxRun[], state: WalkState): void {
  const bold = runIsBold(run, state.styles);
  for (const child of wChildren(run)) {
    switch (child.localName) {
      case 't':
        pushText(runs, child.textContent ?? '', bold, state);
        break;
      case 'tab':
        pushText(runs, '\t', bold, state);
        break;
      case 'br':
      case 'cr':
        if (wAttr(child, 'type') !== 'page') pushText(runs, '\n', bold, state);
        break;
      case 'noBreakHyphen':
        pushText(runs, '-', bold, state);
        break;
    }
  }
}

function closeField(runs: DocxRun[], state: WalkState): void {
  if (!state.openField) return;
  runs.push({ field: state.openField.field, text: state.openField.text });
  state.openField = undefined;
}

function readInline(node: Element, runs: DocxRun[], state: WalkState): void {
  for (const child of wChildren(node)) {
    const name = child.localName ?? '';
    if (SKIPPED.has(name)) {
      if (name === 'del' || name === 'moveFrom') state.deletions += 1;
      continue;
    }
    switch (name) {
      case 'r':
        readRun(child, runs, state);
        break;
      case 'ins':
      case 'moveTo':
        state.insertions += 1;
        readInline(child, runs, state);
        break;
      case 'bookmarkStart': {
        const field = fieldOfBookmark(wAttr(child, 'name') ?? '');
        if (field && !state.openField) state.openField = { id: wAttr(child, 'id') ?? '', field, text: '' };
        break;
      }
      case 'bookmarkEnd':
        if (state.openField?.id === wAttr(child, 'id')) closeField(runs, state);
        break;
      case 'commentRangeStart':
        state.openComments.set(wAttr(child, 'id') ?? '', '');
        break;
      case 'commentRangeEnd': {
        const id = wAttr(child, 'id') ?? '';
        if (state.openComments.has(id)) state.anchors.set(id, state.openComments.get(id) ?? '');
        state.openComments.delete(id);
        break;
      }
      default:
        // hyperlinks, smart tags, simple fields, content controls and custom XML hold runs of their own
        readInline(child, runs, state);
    }
  }
}

function readParagraph(paragraph: Element, state: WalkState): void {
  const runs: DocxRun[] = [];
  readInline(paragraph, runs, state);
  closeField(runs, state);
  const props = wChild(paragraph, 'pPr');
  const styleRef = props && wChild(props, 'pStyle');
  const style = state.styles.hint(styleRef ? wAttr(styleRef, 'val') : null);
  state.paragraphs.push(style ? { runs, style } : { runs });
}

/** Tables become one paragraph per row, cells separated by a tab, as they read when pasted as text. */
function readTable(table: Element, state: WalkState): void {
  for (const row of wChildren(table, 'tr')) {
    const cells = wChildren(row, 'tc').map((cell) => {
      const inner: WalkState = { ...state, paragraphs: [] };
      readBlocks(cell, inner);
      state.insertions = inner.insertions;
      state.deletions = inner.deletions;
      return inner.paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join('');
    });
    state.paragraphs.push({ runs: [{ text: cells.join('\t'), bold: false }] });
  }
}

function readBlocks(container: Element, state: WalkState): void {
  for (let child = container.firstChild; child; child = child.nextSibling) {
    if (!isElement(child) || !isW(child)) continue;
    switch (child.localName) {
      case 'p':
        readParagraph(child, state);
        break;
      case 'tbl':
        readTable(child, state);
        break;
      case 'del':
      case 'moveFrom':
        state.deletions += 1;
        break;
      case 'sectPr':
        break;
      default:
        readBlocks(child, state); // content controls, custom XML, inserted blocks
    }
  }
}

function readComments(comments: Document | undefined, anchors: Map<string, string>): DocxComment[] {
  if (!comments) return [];
  return wDescendants(comments, 'comment').map((comment) => {
    const id = wAttr(comment, 'id') ?? '';
    const text = wDescendants(comment, 'p')
      .map((paragraph) => wDescendants(paragraph, 't').map((t) => t.textContent ?? '').join(''))
      .join('\n')
      .trim();
    return { author: wAttr(comment, 'author') ?? '', text, anchor: anchors.get(id) ?? '' };
  });
}

function readCustomProperties(custom: Document | undefined): Map<string, string> {
  const properties = new Map<string, string>();
  if (!custom) return properties;
  const nodes = custom.getElementsByTagNameNS('*', 'property');
  for (let index = 0; index < nodes.length; index += 1) {
    const name = nodes[index].getAttribute('name');
    if (name) properties.set(name, nodes[index].textContent ?? '');
  }
  return properties;
}

const damaged = (fileName: string) =>
  new ApiError('invalid_input', `「${fileName}」的内容已损坏，读不出来。请在 Word 或 WPS 里打开它、另存一份后再导入。`);

/** Reads a .docx into paragraphs, comments and counts of tracked changes; refuses bad files with a plain message. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<DocxContent> {
  try {
    return await readPackage(bytes, fileName);
  } catch (error) {
    // anything else (an XML error, nesting too deep for the stack) means the same to the clerk
    if (error instanceof ApiError) throw error;
    throw damaged(fileName);
  }
}

async function readPackage(bytes: Uint8Array, fileName: string): Promise<DocxContent> {
  const docx = await openDocx(bytes, fileName);
  const parse = async (path: string): Promise<Document | undefined> => {
    const text = await docx.part(path);
    return text === undefined ? undefined : parseXml(text);
  };
  const document = await parse('word/document.xml');
  const body = document && wDescendants(document, 'body')[0];
  if (!body) throw damaged(fileName);
  const state: WalkState = {
    styles: readParagraphStyles(await parse('word/styles.xml')),
    paragraphs: [],
    insertions: 0,
    deletions: 0,
    openComments: new Map(),
    anchors: new Map(),
  };
  readBlocks(body, state);
  const fieldMeta = readFieldMeta(readCustomProperties(await parse('docProps/custom.xml')));
  return {
    paragraphs: state.paragraphs,
    comments: readComments(await parse('word/comments.xml'), state.anchors),
    insertions: state.insertions,
    deletions: state.deletions,
    ...(fieldMeta ? { fieldMeta } : {}),
  };
}
