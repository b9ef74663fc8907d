// Renders resources/icons/icon.svg into the PNG sizes and the .ico the installers need, in Debian's
// chromium. Run after changing the SVG and commit the outputs: `npx tsx electron/tools/renderIcons.ts`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../e2e/support/chromium';

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'icons');
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** An .ico whose entries are PNG images (supported since Windows Vista). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + images.length * 16;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

async function main(): Promise<void> {
  const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const rendered: { size: number; png: Buffer }[] = [];
    for (const size of PNG_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      rendered.push({ size, png: await page.screenshot({ omitBackground: true }) });
    }
    mkdirSync(join(iconsDir, 'png'), { recursive: true });
    for (const { size, png } of rendered) writeFileSync(join(iconsDir, 'png', `${size}x${size}.png`), png);
    writeFileSync(join(iconsDir, 'icon.ico'), icoFromPngs(rendered.filter(({ size }) => ICO_SIZES.includes(size))));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
