import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const isRed = (r: number, g: number, b: number) => r > 180 && g < 90 && b < 90;

/**
 * The red ink of one PDF page (版头 name and lines), rendered by poppler: runs of rows holding red
 * pixels, each as a box in mm from the page's top left.
 */
export function redBands(file: string, page: number, dpi = 200): Band[] {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-red-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    const ppm = readFileSync(join(dir, 'page.ppm'));
    // Binary PPM: "P6\nW H\n255\n" then RGB triples.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const data = ppm.subarray(header[0].length);
    const mm = (px: number) => (px * 25.4) / dpi;
    const bands: Band[] = [];
    let open: Band | undefined;
    for (let y = 0; y < height; y += 1) {
      let left = -1;
      let right = -1;
      for (let x = 0; x < width; x += 1) {
        const at = 3 * (y * width + x);
        if (!isRed(data[at], data[at + 1], data[at + 2])) continue;
        if (left < 0) left = x;
        right = x + 1;
      }
      if (left < 0) {
        open = undefined;
        continue;
      }
      if (!open) bands.push((open = { top: mm(y), bottom: mm(y + 1), left: mm(left), right: mm(right) }));
      else Object.assign(open, { bottom: mm(y + 1), left: Math.min(open.left, mm(left)), right: Math.max(open.right, mm(right)) });
    }
    return bands;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
