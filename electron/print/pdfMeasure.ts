import { execFileSync } from 'node:child_process';

/** Reads a PDF back with poppler, in millimetres from the top left of each page. */
export interface PdfLine {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPage {
  number: number;
  widthMm: number;
  heightMm: number;
  lines: PdfLine[];
}

const MM_PER_PT = 25.4 / 72;

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** `pdftotext -bbox-layout`: every text line with its box. */
export function readPdfLines(file: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const lines = [...page[3].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((line): PdfLine => ({
      text: decodeEntities([...line[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join('')),
      left: Number(line[1]) * MM_PER_PT,
      top: Number(line[2]) * MM_PER_PT,
      right: Number(line[3]) * MM_PER_PT,
      bottom: Number(line[4]) * MM_PER_PT,
    }));
    pages.push({ number: pages.length + 1, widthMm: Number(page[1]) * MM_PER_PT, heightMm: Number(page[2]) * MM_PER_PT, lines });
  }
  return pages;
}

export function pdfInfo(file: string): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '' };
}

export interface PdfFont {
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((row) => row.trim() !== '');
  // Columns: name, type (may hold spaces), encoding, emb, sub, uni, object, id: read from the right.
  return rows.map((row) => {
    const cells = row.trim().split(/\s+/);
    const embedded = cells[cells.length - 5] === 'yes';
    return { type: cells.slice(1, cells.length - 6).join(' '), embedded };
  });
}

/** PNG pages at `dpi` into `prefix`-N.png (pdftoppm names them). */
export function writePngPages(file: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
}
