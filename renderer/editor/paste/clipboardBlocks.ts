import { BLOCK_ROLES, type Block, type BlockRole, type HeadingLevel, type TextRun } from '../../../shared/model/document';
import { headingLevel } from '../../../shared/structure/lineKinds';

/** The little of the DOM this walk reads, so the same code runs on a browser's DOM and in unit tests. */
export interface ClipboardNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ClipboardNode>;
  getAttribute?: (name: string) => string | null;
}

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
const tagOf = (node: ClipboardNode) => node.nodeName.toLowerCase().replace(/^.*:/, '');

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

function cellText(cell: ClipboardNode): string {
  const inner = new BlockCollector();
  walk(cell, inner, false);
  inner.flush();
  return inner.blocks.map((block) => block.inlines.map((run) => (run.t === 'text' ? run.text : '')).join('')).join(' ');
}

function walk(node: ClipboardNode, out: BlockCollector, bold: boolean): void {
  for (let index = 0; index < node.childNodes.length; index += 1) {
    const child = node.childNodes[index];
    if (child.nodeType === 3) {
      out.text(child.textContent ?? '', bold);
      continue;
    }
    if (child.nodeType !== 1 && child.nodeType !== 11) continue;
    const tag = tagOf(child);
    if (tag === 'br') {
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
      walk(child, out, boldOf(child, bold));
      out.flush();
    } else {
      walk(child, out, boldOf(child, bold));
    }
  }
}

/**
 * The paragraphs of sanitised clipboard HTML as letter blocks: headings from <h1>–<h4>, Word's
 * 标题 style or the paragraph's own number (一、（一）1.（1）), bold kept, a table row as one line with
 * its cells separated by a full-width space, Word list bullets dropped and list numbers kept as text.
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

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Clean HTML for a copied selection: headings as <h1>–<h4>, the title centred, bold as <b>, nothing else. */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      const inner = block.inlines.map((run) => (run.t !== 'text' ? '' : run.bold ? `<b>${escapeHtml(run.text)}</b>` : escapeHtml(run.text))).join('');
      if (block.role === 'heading') return `<h${block.level}>${inner}</h${block.level}>`;
      if (block.role === 'title') return `<p style="text-align:center"><b>${inner}</b></p>`;
      return `<p>${inner}</p>`;
    })
    .join('');
}
