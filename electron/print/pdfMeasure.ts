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

/** The page count, and the size of the first page or of `page`. */
export function pdfInfo(file: string, page?: number): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [...(page ? ['-f', String(page), '-l', String(page)] : []), file], { encoding: 'utf8' }).replace(
    /^Page\s+\d+ size:/m,
    'Page size:',
  );
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

/**
 * The text of a page turned a quarter to the left (a 横排 table, read from the bottom of the sheet up),
 * as runs: the glyphs on one turned line, bottom to top, broken where a gap wider than a character
 * parts two cells. Poppler cannot read such text in order by itself.
 */
export function readTurnedRuns(file: string, page: number): PdfLine[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const glyphs = [...xhtml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((word): PdfLine => ({
    text: decodeEntities(word[5]),
    left: Number(word[1]) * MM_PER_PT,
    top: Number(word[2]) * MM_PER_PT,
    right: Number(word[3]) * MM_PER_PT,
    bottom: Number(word[4]) * MM_PER_PT,
  }));
  const lines = new Map<number, PdfLine[]>();
  for (const glyph of glyphs) {
    const key = Math.round(glyph.left * 10);
    lines.set(key, [...(lines.get(key) ?? []), glyph]);
  }
  const runs: PdfLine[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => b.bottom - a.bottom);
    let run: PdfLine | undefined;
    for (const glyph of line) {
      if (run && run.top - glyph.bottom < 1.5) run = { ...run, text: run.text + glyph.text, top: glyph.top, right: Math.max(run.right, glyph.right) };
      else {
        if (run) runs.push(run);
        run = { ...glyph };
      }
    }
    if (run) runs.push(run);
  }
  return runs;
}

/**
 * The lines a vertical scan crosses on a page, rendered by poppler at `dpi` without anti-aliasing: the
 * thickness in mm of each run of dark pixels in the one-pixel column at `xMm`, from `fromMm` to `toMm`
 * down the page.
 */
export function ruleThicknessesMm(file: string, page: number, xMm: number, fromMm: number, toMm: number, dpi = 1200): number[] {
  const px = (value: number) => Math.round((value / 25.4) * dpi);
  const height = px(toMm) - px(fromMm);
  const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), '-x', String(px(xMm)), '-y', String(px(fromMm)), '-W', '1', '-H', String(height)];
  const pgm = execFileSync('pdftoppm', [...args, '-gray', '-aa', 'no', '-aaVector', 'no', file], {
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const pixels = pgm.subarray(pgm.length - height);
  const runs: number[] = [];
  let run = 0;
  for (const value of [...pixels, 255]) {
    if (value < 128) run += 1;
    else if (run > 0) {
      runs.push((run / dpi) * 25.4);
      run = 0;
    }
  }
  return runs;
}
