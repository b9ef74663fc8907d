import type { Document, Element } from '@xmldom/xmldom';
import { ApiError } from '../api/errors';
import { ISSUED_STYLE_ID, TABLE_UNIT_STYLE_ID, fieldOfBookmark, readFieldMeta, type FieldMeta, type StyleHint } from './dafuMarks';
import { imageName, imageNote } from './docxImages';
import { readDocxTable, type DocxTable } from './readDocxTables';
import { readParagraphStyles, type ParagraphStyles } from './docxStyles';
import { openDocx } from './openDocx';
import { MAX_XML_DEPTH } from '../api/docxLimits';
import { nestsDeeperThan } from '../xml/xmlTags';
import { isElement, isW, parseXml, wAttr, wChild, wChildren, wDescendants } from './wordXml';
import { boldIn, paragraphMarkChange, propertiesIn, stampOf, trackedWrapper, type TrackedMark, type TrackedView } from './trackedMarks';

export type DocxRun = { text: string; bold: boolean; field?: undefined } | { field: string; text: string };

export interface DocxParagraph {
  runs: DocxRun[];
  style?: StyleHint;
  /** A table stands in the paragraphs as one of them, its runs the table's text. */
  table?: DocxTable<DocxParagraph>;
  /** A Dafu export's unit line over a table (「单位：万元」). */
  tableUnit?: true;
}

/** A place in the letter text: paragraph index and code-point offset in its text. */
export interface DocxPosition {
  paragraph: number;
  offset: number;
}

export interface DocxComment {
  author: string;
  /** w:date as written (Word writes local time marked Z); '' when absent. */
  date: string;
  text: string;
  /** The letter text the comment is attached to. */
  anchor: string;
  /** Where its range starts and ends in `paragraphs`; absent for a comment with no range in the text. */
  start?: DocxPosition;
  end?: DocxPosition;
  /** Index in `comments` of the comment this one answers (Word 2013+ and WPS thread replies in commentsExtended). */
  parent?: number;
  /** Marked 已解决 (w15:done). */
  done: boolean;
}

export interface DocxContent {
  paragraphs: DocxParagraph[];
  comments: DocxComment[];
  /** Tracked changes, read as the chosen view (accepted unless asked): insertions and deletions counted. */
  insertions: number;
  deletions: number;
  /** Where the view's tracked changes stand, with their authors (see trackedMarks.ts). */
  marks: TrackedMark[];
  /** Field definitions and values when the file was exported by Dafu. */
  fieldMeta?: FieldMeta;
  /** The names of the pictures in the text, each kept in its place as a marked note (see imageNote). */
  images?: string[];
}

/** Elements whose content is not letter text: deleted text, moved-away text, field codes, drawings. */
const SKIPPED = new Set(['instrText', 'delInstrText', 'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'rPr', 'pPr']);

interface WalkState {
  styles: ParagraphStyles;
  paragraphs: DocxParagraph[];
  insertions: number;
  deletions: number;
  view: TrackedView;
  marks: TrackedMark[];
  /** A paragraph whose mark is not in this view: its runs open the next paragraph. */
  joining?: DocxRun[];
  /** Tracked wrappers left out of this view so far. */
  hidden: number;
  openField?: { id: string; field: string; text: string };
  openComments: Map<string, string>;
  anchors: Map<string, string>;
  /** The text of the paragraph being read so far, for comment range positions. */
  current: { paragraph: number; length: number };
  starts: Map<string, DocxPosition>;
  ends: Map<string, DocxPosition>;
  images: string[];
  /** The first paragraph of the section being read (see endSection). */
  sectionStart: number;
}

function pushText(runs: DocxRun[], text: string, bold: boolean, state: WalkState): void {
  if (text === '') return;
  state.current.length += [...text].length;
  for (const id of state.openComments.keys()) state.openComments.set(id, state.openComments.get(id) + text);
  if (state.openField) {
    state.openField.text += text;
    return;
  }
  const last = runs.at(-1);
  if (last && last.field === undefined && last.bold === bold) last.text += text;
  else runs.push({ text, bold });
}

function runIsBold(run: Element, styles: ParagraphStyles, view: TrackedView): boolean {
  const props = wChild(run, 'rPr');
  if (!props) return false;
  const bold = boldIn(props, view);
  if (bold !== undefined) return bold;
  const runStyle = wChild(props, 'rStyle');
  return runStyle ? styles.bold(wAttr(runStyle, 'val')) : false;
}

function readRun(run: Element, runs: DocxRun[], state: WalkState): void {
  const bold = runIsBold(run, state.styles, state.view);
  const formatted = propertiesIn(wChild(run, 'rPr'), 'rPrChange', state.view).change;
  const start = state.current.length;
  for (const child of wChildren(run)) {
    switch (child.localName) {
      case 't':
      case 'delText':
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
      case 'drawing':
      case 'pict': {
        const name = imageName(child, state.images.length + 1);
        state.images.push(name);
        pushText(runs, imageNote(name), false, state);
        break;
      }
    }
  }
  if (formatted) addMark(state, 'run-format', formatted, start);
}

function addMark(state: WalkState, kind: TrackedMark['kind'], element: Element, start: number): void {
  if (state.current.length > start) state.marks.push({ kind, ...stampOf(element), paragraph: state.current.paragraph, start, end: state.current.length });
}

function closeField(runs: DocxRun[], state: WalkState): void {
  if (!state.openField) return;
  runs.push({ field: state.openField.field, text: state.openField.text });
  state.openField = undefined;
}

function readInline(node: Element, runs: DocxRun[], state: WalkState): void {
  for (const child of wChildren(node)) {
    const name = child.localName ?? '';
    if (SKIPPED.has(name)) continue;
    const tracked = trackedWrapper(child, state.view);
    if (tracked) {
      if (tracked.kind === 'insert') state.insertions += 1;
      else state.deletions += 1;
      const start = state.current.length;
      if (tracked.shown) readInline(child, runs, state);
      else state.hidden += 1;
      addMark(state, tracked.kind, child, start);
      continue;
    }
    switch (name) {
      case 'r':
        readRun(child, runs, state);
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
        state.starts.set(wAttr(child, 'id') ?? '', { paragraph: state.current.paragraph, offset: state.current.length });
        break;
      case 'commentRangeEnd': {
        const id = wAttr(child, 'id') ?? '';
        state.ends.set(id, { paragraph: state.current.paragraph, offset: state.current.length });
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
  const runs: DocxRun[] = state.joining ?? [];
  state.joining = undefined;
  state.current = { paragraph: state.paragraphs.length, length: runs.reduce((length, run) => length + [...run.text].length, 0) };
  const hidden = state.hidden;
  readInline(paragraph, runs, state);
  closeField(runs, state);
  const mark = paragraphMarkChange(wChild(paragraph, 'pPr'), state.view);
  // all of its text tracked away: the mark goes too, as LibreOffice (which may drop the mark's own 修订) means it
  const emptied = state.hidden > hidden && runs.every((run) => run.text === '');
  if (mark?.absent || emptied) {
    state.joining = runs;
    return;
  }
  const { props, change } = propertiesIn(wChild(paragraph, 'pPr'), 'pPrChange', state.view);
  if (change) state.marks.push({ kind: 'paragraph-format', ...stampOf(change), paragraph: state.current.paragraph, start: 0, end: state.current.length });
  const styleRef = props && wChild(props, 'pStyle');
  const styleId = styleRef ? wAttr(styleRef, 'val') : null;
  if (styleId === ISSUED_STYLE_ID) {
    state.current.length = 0;
    return;
  }
  const style = state.styles.hint(styleId);
  state.paragraphs.push({ runs, ...(style ? { style } : {}), ...(styleId === TABLE_UNIT_STYLE_ID ? { tableUnit: true as const } : {}) });
}

/**
 * A table is kept as a table (see readDocxTable), standing in the paragraphs as one paragraph; one whose
 * merges do not fit together becomes one paragraph per row, cells separated by a tab, as it reads when
 * pasted as text. A one-column table (the 版记 of an export) is read as the paragraphs it holds.
 */
function readTable(table: Element, state: WalkState): void {
  const rows = wChildren(table, 'tr');
  if (rows.every((row) => wChildren(row, 'tc').length === 1)) {
    for (const row of rows) readBlocks(wChildren(row, 'tc')[0], state);
    return;
  }
  const reads: CellRead[] = [];
  const readCell = (cell: Element) => {
    const inner: WalkState = { ...state, paragraphs: [], starts: new Map(), ends: new Map() };
    readBlocks(cell, inner);
    state.insertions = inner.insertions;
    state.deletions = inner.deletions;
    reads.push(inner);
    return inner.paragraphs;
  };
  const textOf = (paragraphs: DocxParagraph[], between: string) => paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join('')).join(between);
  const kept = readDocxTable(table, readCell);
  if (kept) {
    const cells = kept.rows.flat().map((cell) => cell.paragraphs);
    placeCellComments(state, reads, cells, '\n', '\n');
    state.paragraphs.push({ runs: [{ text: cells.map((cell) => textOf(cell, '\n')).join('\n'), bold: false }], table: kept });
    return;
  }
  reads.length = 0;
  for (const row of rows) {
    const cells = wChildren(row, 'tc').map(readCell);
    placeCellComments(state, reads, cells, '', '\t');
    reads.length = 0;
    state.paragraphs.push({ runs: [{ text: cells.map((cell) => textOf(cell, '')).join('\t'), bold: false }] });
  }
}

/** What was read from one cell: its paragraphs, and where comment ranges start and end among them. */
type CellRead = Pick<WalkState, 'paragraphs' | 'starts' | 'ends'>;

/**
 * Comment ranges inside the cells, placed in the text of the one paragraph the table (or row) stands
 * in as next: the cells' texts joined by `betweenCells`, each cell's paragraphs by `betweenLines`.
 */
function placeCellComments(state: WalkState, reads: readonly CellRead[], cells: readonly DocxParagraph[][], betweenLines: string, betweenCells: string): void {
  const paragraph = state.paragraphs.length;
  const length = (text: string) => [...text].length;
  let offset = 0;
  for (const cell of cells) {
    const read = reads.find((entry) => entry.paragraphs === cell);
    const cellStart = offset;
    const lineStarts: number[] = [];
    for (const line of cell) {
      lineStarts.push(offset);
      offset += length(line.runs.map((run) => run.text).join('')) + length(betweenLines);
    }
    offset += length(betweenCells) - (cell.length > 0 ? length(betweenLines) : 0);
    if (!read) continue;
    for (const [from, to] of [
      [read.starts, state.starts],
      [read.ends, state.ends],
    ])
      for (const [id, position] of from) to.set(id, { paragraph, offset: (lineStarts[position.paragraph] ?? cellStart) + position.offset });
  }
}

/** At a section's end: the tables of a landscape section were printed turned (横排), and are marked so. */
function endSection(properties: Element, state: WalkState): void {
  const size = wChild(properties, 'pgSz');
  if (size && wAttr(size, 'orient') === 'landscape') {
    for (const paragraph of state.paragraphs.slice(state.sectionStart)) if (paragraph.table) paragraph.table.turned = true;
  }
  state.sectionStart = state.paragraphs.length;
}

function readBlocks(container: Element, state: WalkState): void {
  for (let child = container.firstChild; child; child = child.nextSibling) {
    if (!isElement(child) || !isW(child)) continue;
    switch (child.localName) {
      case 'p': {
        readParagraph(child, state);
        const properties = wChild(child, 'pPr');
        const section = properties && wChild(properties, 'sectPr');
        if (section) endSection(section, state);
        break;
      }
      case 'tbl':
        readTable(child, state);
        break;
      case 'ins':
      case 'moveTo':
      case 'del':
      case 'moveFrom':
        // whole tracked blocks (a table inserted or deleted): read in the view that shows them
        if (trackedWrapper(child, state.view)?.shown) readBlocks(child, state);
        if (child.localName === 'del' || child.localName === 'moveFrom') state.deletions += 1;
        else state.insertions += 1;
        break;
      case 'sectPr':
        endSection(child, state);
        break;
      default:
        readBlocks(child, state); // content controls, custom XML, inserted blocks
    }
  }
}

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';

/** Threads and 已解决 from commentsExtended: each entry names a comment by its last paragraph's w14:paraId. */
function readThreads(extended: Document | undefined): Map<string, { parent?: string; done: boolean }> {
  const threads = new Map<string, { parent?: string; done: boolean }>();
  if (!extended) return threads;
  const entries = extended.getElementsByTagNameNS('*', 'commentEx');
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index];
    const attribute = (name: string) => {
      for (let at = 0; at < entry.attributes.length; at += 1) if (entry.attributes[at].localName === name) return entry.attributes[at].value;
      return undefined;
    };
    const paraId = attribute('paraId');
    if (paraId) threads.set(paraId, { parent: attribute('paraIdParent'), done: ['1', 'true', 'on'].includes(attribute('done') ?? '') });
  }
  return threads;
}

function readComments(comments: Document | undefined, extended: Document | undefined, state: WalkState): DocxComment[] {
  if (!comments) return [];
  const threads = readThreads(extended);
  const nodes = wDescendants(comments, 'comment');
  const paraIds = nodes.map((comment) => wDescendants(comment, 'p').at(-1)?.getAttributeNS(W14, 'paraId') ?? '');
  return nodes.map((comment, index) => {
    const id = wAttr(comment, 'id') ?? '';
    const text = wDescendants(comment, 'p')
      .map((paragraph) =>
        wDescendants(paragraph, 't')
          .map((t) => t.textContent ?? '')
          .join(''),
      )
      .join('\n')
      .trim();
    const thread = threads.get(paraIds[index]);
    const parent = thread?.parent ? paraIds.indexOf(thread.parent) : -1;
    const start = state.starts.get(id);
    const end = state.ends.get(id);
    return {
      author: wAttr(comment, 'author') ?? '',
      date: wAttr(comment, 'date') ?? '',
      text,
      anchor: state.anchors.get(id) ?? '',
      ...(start && end ? { start, end } : {}),
      ...(parent >= 0 && parent !== index ? { parent } : {}),
      done: thread?.done ?? false,
    };
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

const damaged = (fileName: string) => new ApiError('invalid_input', `「${fileName}」的内容已损坏，读不出来。请在 Word 或 WPS 里打开它、另存一份后再导入。`);

/** Reads a .docx into paragraphs, comments and counts of tracked changes; refuses bad files with a plain message. */
export async function readDocx(bytes: Uint8Array, fileName: string, view: TrackedView = 'accepted'): Promise<DocxContent> {
  try {
    return await readPackage(bytes, fileName, view);
  } catch (error) {
    // anything else (an XML error, nesting too deep for the stack) means the same to the clerk
    if (error instanceof ApiError) throw error;
    throw damaged(fileName);
  }
}

async function readPackage(bytes: Uint8Array, fileName: string, view: TrackedView): Promise<DocxContent> {
  const docx = await openDocx(bytes, fileName);
  const parse = async (path: string): Promise<Document | undefined> => {
    const text = await docx.part(path);
    if (text === undefined) return undefined;
    if (nestsDeeperThan(text, MAX_XML_DEPTH)) throw damaged(fileName);
    return parseXml(text);
  };
  const document = await parse('word/document.xml');
  const body = document && wDescendants(document, 'body')[0];
  if (!body) throw damaged(fileName);
  const state: WalkState = {
    styles: readParagraphStyles(await parse('word/styles.xml')),
    paragraphs: [],
    insertions: 0,
    deletions: 0,
    view,
    marks: [],
    hidden: 0,
    openComments: new Map(),
    anchors: new Map(),
    current: { paragraph: 0, length: 0 },
    starts: new Map(),
    ends: new Map(),
    images: [],
    sectionStart: 0,
  };
  readBlocks(body, state);
  const fieldMeta = readFieldMeta(readCustomProperties(await parse('docProps/custom.xml')));
  return {
    paragraphs: state.paragraphs,
    comments: readComments(await parse('word/comments.xml'), await parse('word/commentsExtended.xml'), state),
    insertions: state.insertions,
    deletions: state.deletions,
    marks: state.marks,
    ...(fieldMeta ? { fieldMeta } : {}),
    images: state.images,
  };
}
