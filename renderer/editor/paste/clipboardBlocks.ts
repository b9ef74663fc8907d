import { BLOCK_ROLES, joinLines, type Block, type BlockRole, type HeadingLevel, type Inline, type TextRun } from '../../../shared/model/document';
import { cellsInOrder } from '../../../shared/model/table';
import { headingLevel } from '../../../shared/structure/lineKinds';
import { tagOf, type ClipboardNode } from './clipboardNode';
import { tableBlockFromHtml } from './clipboardTable';

export type { ClipboardNode } from './clipboardNode';

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'blockquote',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
  'ol',
  'dd',
  'dt',
]);
/** A Word list item's number, kept when it is a 公文 heading number; bullets are dropped (a 公文 has no bullet lists). */
const HEADING_MARKER = /^([一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.．]|[（(]\d{1,2}[）)])$/;

interface Draft {
  role?: BlockRole;
  level?: HeadingLevel;
  runs: TextRun[];
}

const attr = (node: ClipboardNode, name: string) => node.getAttribute?.(name) ?? null;

function boldOf(node: ClipboardNode, inherited: boolean): boolean {
  const tag = tagOf(node);
  if (tag === 'b' || tag === 'strong') return true;
  // anchored, so Word's mso-bidi-font-weight (for right-to-left text) is not read as the weight
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(attr(node, 'style') ?? '')?.[1];
  if (weight === undefined) return inherited;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

function explicitRole(node: ClipboardNode): Pick<Draft, 'role' | 'level'> {
  const tag = tagOf(node);
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) return { role: 'heading', level: Math.min(4, Number(heading[1])) as HeadingLevel };
  const role = attr(node, 'data-role');
  if (role && (BLOCK_ROLES as readonly string[]).includes(role)) {
    const level = Number(attr(node, 'data-level'));
    return role === 'heading' ? { role, level: ([1, 2, 3, 4].includes(level) ? level : 1) as HeadingLevel } : { role: role as BlockRole };
  }
  if (/\bMsoTitle\b/.test(attr(node, 'class') ?? '')) return { role: 'title' };
  return {};
}

function isListMarker(node: ClipboardNode): boolean {
  return /mso-list\s*:\s*ignore/i.test(attr(node, 'style') ?? '');
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private current: Draft = { runs: [] };

  text(text: string, bold: boolean): void {
    const clean = text.replace(/[\u00a0\r\n\t ]+/g, ' ');
    if (clean === '') return;
    const last = this.current.runs.at(-1);
    if (last && Boolean(last.bold) === bold) last.text += clean;
    else this.current.runs.push(bold ? { t: 'text', text: clean, bold } : { t: 'text', text: clean });
  }

  start(role: Pick<Draft, 'role' | 'level'>): void {
    this.flush();
    this.current = { ...role, runs: [] };
  }

  /** A whole block (a pasted table) between paragraphs. */
  add(block: Block): void {
    this.flush();
    this.blocks.push(block);
  }

  flush(): void {
    const runs = trimRuns(this.current.runs);
    if (runs.length > 0) {
      const text = runs.map((run) => run.text).join('');
      const level = this.current.role === undefined ? headingLevel(text) : (this.current.level ?? null);
      const role = this.current.role ?? (level ? 'heading' : 'body');
      this.blocks.push(role === 'heading' ? { role, level: level ?? 1, inlines: runs } : { role, inlines: runs });
    }
    this.current = { runs: [] };
  }
}

function trimRuns(runs: TextRun[]): TextRun[] {
  const trimmed = runs.map((run) => ({ ...run }));
  if (trimmed.length > 0) trimmed[0].text = trimmed[0].text.replace(/^ +/, '');
  if (trimmed.length > 0) trimmed[trimmed.length - 1].text = trimmed[trimmed.length - 1].text.replace(/ +$/, '');
  return trimmed.filter((run) => run.text !== '');
}

/** A cell's paragraphs as one run list, a line break between them; a table inside it is read as lines. */
function cellInlines(cell: ClipboardNode): Inline[] {
  const inner = new BlockCollector();
  walk(cell, inner, false, false);
  inner.flush();
  return joinLines(inner.blocks.map((block) => block.inlines));
}

const cellText = (cell: ClipboardNode) =>
  cellInlines(cell)
    .map((run) => (run.t === 'text' ? run.text.replace(/\n/g, ' ') : ''))
    .join('');

function walk(node: ClipboardNode, out: BlockCollector, bold: boolean, tables = true): void {
  for (let index = 0; index < node.childNodes.length; index += 1) {
    const child = node.childNodes[index];
    if (child.nodeType === 3) {
      out.text(child.textContent ?? '', bold);
      continue;
    }
    if (child.nodeType !== 1 && child.nodeType !== 11) continue;
    const tag = tagOf(child);
    const table = tag === 'table' && tables ? tableBlockFromHtml(child, cellInlines) : null;
    if (table) {
      out.add(table);
    } else if (tag === 'br') {
      out.start({});
    } else if (tag === 'tr') {
      out.start({});
      const cells = [...Array.from(child.childNodes)].filter((cell) => ['td', 'th'].includes(tagOf(cell)));
      out.text(cells.map(cellText).join('\u3000'), false);
      out.flush();
    } else if (isListMarker(child)) {
      const marker = (child.textContent ?? '').replace(/[\u00a0\s]+/g, '');
      if (HEADING_MARKER.test(marker)) out.text(marker, bold);
    } else if (BLOCK_TAGS.has(tag)) {
      out.start(explicitRole(child));
      walk(child, out, boldOf(child, bold), tables);
      out.flush();
    } else {
      walk(child, out, boldOf(child, bold), tables);
    }
  }
}

/**
 * The paragraphs of sanitised clipboard HTML as letter blocks: headings from <h1>–<h4>, Word's
 * 标题 style or the paragraph's own number (一、（一）1.（1）), bold kept, a table as a table (see
 * tableBlockFromHtml; one whose cells do not fit together as one line a row, its cells separated by a
 * full-width space), Word list bullets dropped and list numbers kept as text.
 */
export function clipboardBlocks(root: ClipboardNode): Block[] {
  const out = new BlockCollector();
  walk(root, out, false);
  out.flush();
  return out.blocks;
}

/** Plain text, one paragraph per line, as Notepad, WPS and web forms take it. */
export function plainTextBlocks(text: string): Block[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''))
    .filter((line) => line !== '')
    .map((line): Block => {
      const level = headingLevel(line);
      return level ? { role: 'heading', level, inlines: [{ t: 'text', text: line }] } : { role: 'body', inlines: [{ t: 'text', text: line }] };
    });
}

/** A table as lines of text: its 表题, its unit line, then each row with its cells separated by a full-width space. */
export function tableAsLines(block: Block): Block[] {
  if (!block.table) return [block];
  const table = block.table;
  const textOf = (inlines: readonly Inline[]) => inlines.map((run) => (run.t === 'text' ? run.text.replace(/\n/g, ' ') : '')).join('');
  const places = cellsInOrder(table);
  const lines = [
    textOf(block.inlines),
    table.unit ?? '',
    ...table.rows.map((row, r) =>
      places
        .filter((place) => place.row === r)
        .map((place) => textOf(row.cells[place.index].inlines))
        .join('\u3000'),
    ),
  ];
  return lines.filter((line) => line !== '').map((line): Block => ({ role: 'body', inlines: [{ t: 'text', text: line }] }));
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const runsHtml = (inlines: readonly Inline[]) =>
  inlines
    .map((run) => (run.t !== 'text' ? '' : run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text)))
    .join('')
    .replace(/\n/g, '<br>');

/** A table block as a plain HTML table (header rows as <th>), its 表题 and unit line as paragraphs above it. */
function tableHtml(block: Block): string {
  const table = block.table!;
  const places = cellsInOrder(table);
  const rows = table.rows.map((row, r) => {
    const tag = r < table.headerRows ? 'th' : 'td';
    const cells = places
      .filter((place) => place.row === r)
      .map((place) => {
        const span = `${place.rowSpan > 1 ? ` rowspan="${place.rowSpan}"` : ''}${place.colSpan > 1 ? ` colspan="${place.colSpan}"` : ''}`;
        const align = r >= table.headerRows && table.columns[place.column].align !== 'left' ? ` style="text-align:${table.columns[place.column].align}"` : '';
        return `<${tag}${span}${align}>${runsHtml(row.cells[place.index].inlines)}</${tag}>`;
      });
    return `<tr>${cells.join('')}</tr>`;
  });
  const caption = block.inlines.length > 0 ? `<p>${runsHtml(block.inlines)}</p>` : '';
  const unit = table.unit ? `<p style="text-align:right">${escapeHtml(table.unit)}</p>` : '';
  return `${caption}${unit}<table>${rows.join('')}</table>`;
}

/** Clean HTML for a copied selection: headings as <h1>–<h4>, the title centred, bold as <b>, tables as tables, nothing else. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.table) return tableHtml(block);
      const inner = runsHtml(block.inlines);
      if (block.role === 'heading') return `<h${block.level}>${inner}</h${block.level}>`;
      if (block.role === 'title') return `<p style="text-align:center"><b>${inner}</b></p>`;
      return `<p>${inner}</p>`;
    })
    .join('');
}
