// Keystroke latency in Chromium on a 30,000-character letter: the app's editor with
// proofreading on and off and with page marks on, against a bare Lexical editor (rich text + history, nothing else) holding
// the same paragraphs, all measured in this run on this machine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/support/chromium';
import { freshDatabase, startHost } from '../e2e/support/host';
import { showPanel } from '../e2e/support/workspace';
import { longLetter } from './proofread.bench';
import type { BenchReport } from './run';
import { percentile, round } from './stats';

const TYPED = '经认真研究，2023526我局同比增长38.6五菱汽车产量继续保持全区第一，现将有关情况答复如下。';
const ROUNDS = 8;
const PAUSE_EVERY = 8;
/** Long enough for the proofreader's 300 ms settle time to pass and its check to run mid-typing. */
const PAUSE_MS = 450;
const KEY_DELAY_MS = 40;

/**
 * Per keystroke, from the capture-phase `beforeinput` (before the editor sees it): `sync_ms` to the
 * first task after it (the editor's update and every listener) and `frame_ms` to the first task after
 * the next animation frame (style, layout and paint included).
 */
export const PROBE = `(() => {
  window.__latency = [];
  document.addEventListener('beforeinput', () => {
    const start = performance.now();
    const sample = { sync: 0, frame: 0 };
    setTimeout(() => (sample.sync = performance.now() - start), 0);
    requestAnimationFrame(() => setTimeout(() => { sample.frame = performance.now() - start; window.__latency.push(sample); }, 0));
  }, true);
})()`;

const BARE_ENTRY = `
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
window.startBare = (paragraphs) => {
  const editor = createEditor({ namespace: 'bare', nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(document.getElementById('editor'));
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.update(() => {
    for (const text of paragraphs) $getRoot().append($createParagraphNode().append($createTextNode(text)));
  }, { discrete: true });
};
`;

async function bareEditorScript(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-bench-'));
  const entry = join(dir, 'bare.js');
  writeFileSync(entry, BARE_ENTRY);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    nodePaths: [join(process.cwd(), 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

export type Samples = { sync: number[]; frame: number[] };

export async function typeOneRound(page: Page): Promise<void> {
  await page.bringToFront();
  const chars = [...TYPED];
  for (let i = 0; i < chars.length; i += 1) {
    await page.keyboard.type(chars[i]);
    await page.waitForTimeout(i % PAUSE_EVERY === PAUSE_EVERY - 1 ? PAUSE_MS : KEY_DELAY_MS);
  }
  await page.waitForTimeout(500);
}

export async function samplesOf(page: Page): Promise<Samples> {
  const samples = await page.evaluate(() => (window as unknown as { __latency: { sync: number; frame: number }[] }).__latency);
  const measured = samples.slice(5); // the first keystrokes warm up the JIT
  return { sync: measured.map((s) => s.sync), frame: measured.map((s) => s.frame) };
}

export async function caretAtEndOf(page: Page, paragraph: ReturnType<Page['locator']>) {
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.evaluate(PROBE);
}

async function openBare(browser: Browser, paragraphs: string[], script: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><body><div id="editor" contenteditable="true" style="width:680px;margin:auto;font:16pt/1.9 serif;white-space:pre-wrap"></div></body></html>`,
  );
  await page.addScriptTag({ content: script });
  await page.evaluate((texts) => (window as unknown as { startBare: (p: string[]) => void }).startBare(texts), paragraphs);
  await caretAtEndOf(page, page.locator('#editor p').nth(Math.floor(paragraphs.length / 2)));
  return page;
}

/** A call to the host, as the app makes it. */
export async function callHost(url: string, name: string, input: unknown): Promise<unknown> {
  const token = new URL(url).hash.replace('#token=', '');
  const response = await fetch(new URL(`/api/${name}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value: unknown };
  if (!result.ok) throw new Error(`${name} failed`);
  return result.value;
}

interface AppVariant {
  proofreading: boolean;
  /** 视图 → 显示分页: the letter paginated in a hidden frame after typing pauses. */
  pageMarks: boolean;
}

export async function openApp(browser: Browser, url: string, { proofreading, pageMarks }: AppVariant, paragraphCount: number): Promise<Page> {
  // Each page reads the stored preferences once when it starts, so they are set just before it opens.
  await callHost(url, 'proofread.savePreferences', { on: proofreading, disabledRules: [] });
  await callHost(url, 'print.savePreferences', { pageMarks });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(url);
  await page.getByRole('list', { name: '草稿列表' }).getByRole('button').first().click();
  const body = page.getByRole('textbox', { name: '正文' });
  await body
    .locator('p')
    .nth(paragraphCount - 1)
    .waitFor();
  // The 校对 panel may share its column with 填写要素, in front.
  if (proofreading) await showPanel(page, '校对', page.getByRole('complementary', { name: '校对' }));
  if (pageMarks) await body.locator('p[data-page-break]').first().waitFor({ state: 'attached', timeout: 60_000 });
  await caretAtEndOf(page, body.locator('p').nth(Math.floor(paragraphCount / 2)));
  return page;
}

/** The two sizes: a short reply and a long one (BENCH_KEYSTROKE_SIZES=3000 for a quick check). */
const LETTER_SIZES = process.env.BENCH_KEYSTROKE_SIZES ? process.env.BENCH_KEYSTROKE_SIZES.split(',').map(Number) : [2_000, 30_000];

export async function run(): Promise<BenchReport> {
  const reports = [];
  for (const size of LETTER_SIZES) reports.push(await measureAt(size));
  return { name: 'keystroke latency, 2,000- and 30,000-character letters', rows: reports.flatMap((r) => r.rows), notes: reports.flatMap((r) => r.notes ?? []) };
}

/** One table row of a run's samples; `leading` columns come first. */
export function latencyRow(label: string, s: Samples, leading: Record<string, number> = {}) {
  return {
    ...leading,
    case: label,
    keystrokes: s.sync.length,
    sync_p50_ms: round(percentile(s.sync, 50)),
    sync_p95_ms: round(percentile(s.sync, 95)),
    frame_p50_ms: round(percentile(s.frame, 50)),
    frame_p95_ms: round(percentile(s.frame, 95)),
  };
}

export const latencyRatio = (a: number[], b: number[], p: number) => round(percentile(a, p) / percentile(b, p));

async function measureAt(size: number): Promise<BenchReport> {
  const text = longLetter(size);
  const paragraphs = text.split('\n');
  const database = freshDatabase();
  const host = await startHost(database);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const imported = (await callHost(host.url, 'drafts.import', { fileName: '长答复函.txt', text })) as { content: { blocks: unknown[] } };
    const blockCount = imported.content.blocks.length;

    const pages = [
      await openBare(browser, paragraphs, await bareEditorScript()),
      await openApp(browser, host.url, { proofreading: false, pageMarks: false }, blockCount),
      await openApp(browser, host.url, { proofreading: true, pageMarks: false }, blockCount),
      await openApp(browser, host.url, { proofreading: false, pageMarks: true }, blockCount),
    ];
    // Rounds take turns between the editors, so load from elsewhere on the machine falls on all alike.
    for (let round = 0; round < ROUNDS; round += 1) for (const page of pages) await typeOneRound(page);
    const [bare, off, on, marks] = await Promise.all(pages.map(samplesOf));

    const row = (label: string, s: Samples) => latencyRow(label, s, { chars: size });
    return {
      name: `keystroke latency, ${size}-character letter`,
      rows: [
        row('bare Lexical (rich text + history)', bare),
        row('app, proofreading off', off),
        row('app, proofreading on', on),
        row('app, page marks on (proofreading off)', marks),
      ],
      notes: [
        `Letter: ${text.length} characters in ${blockCount} paragraphs (the 柳州 example repeated, with its natural defects); typing at the end of the middle paragraph, the editors taking turns, ${ROUNDS}×${[...TYPED].length} characters, ${KEY_DELAY_MS} ms apart with a ${PAUSE_MS} ms pause every ${PAUSE_EVERY} so the proofreader's check runs while typing.`,
        `${size} chars — proofreading on / off: sync p50 ${latencyRatio(on.sync, off.sync, 50)}, p95 ${latencyRatio(on.sync, off.sync, 95)}; frame p50 ${latencyRatio(on.frame, off.frame, 50)}, p95 ${latencyRatio(on.frame, off.frame, 95)} (goal ≤ 1.2).`,
        `${size} chars — page marks on / off: sync p50 ${latencyRatio(marks.sync, off.sync, 50)}, p95 ${latencyRatio(marks.sync, off.sync, 95)}; frame p50 ${latencyRatio(marks.frame, off.frame, 50)}, p95 ${latencyRatio(marks.frame, off.frame, 95)}. The layout waits for 1.2 s without typing, so here it runs between rounds, not between keystrokes.`,
        `${size} chars — app (proofreading off) / bare Lexical: sync p95 ${latencyRatio(off.sync, bare.sync, 95)}, frame p95 ${latencyRatio(off.frame, bare.frame, 95)}.`,
        "The bare page is built here with esbuild from the same lexical packages; it has none of the app's plugins, nodes or styles.",
      ],
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
