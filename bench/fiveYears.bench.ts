// Five years of one clerk's work (bench/fiveYears/generateFiveYears.ts) against an empty store, in the
// same run: `dafu serve` start to the draft list shown in Chromium and to an editable letter, the
// integrity check at start (full and quick), `dafu check`, backup, search, the draft list's call and
// its scrolling, the retention run, and the file's size. FIVE_YEARS_SCALE=0.1 for a quick look.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../e2e/support/chromium';
import { startHost } from '../e2e/support/host';
import { openDatabase } from '../electron/db/open';
import { runCli } from '../electron/cli/run';
import { startServices } from '../electron/app/services';
import { thinEveryDraft } from '../electron/services/revisions/retentionRuns';
import { fakeIo } from '../electron/testing/storeFixture';
import { makeTestContext } from '../electron/testing/testContext';
import { generateFiveYears } from './fiveYears/generateFiveYears';
import { percentile, round } from './stats';
import type { BenchReport } from './run';

const SCALE = Number(process.env.FIVE_YEARS_SCALE ?? 1);
/** A store generated before (npx tsx bench/fiveYears/generateFiveYears.ts FILE): copied instead of generated again. */
const GENERATED = process.env.FIVE_YEARS_DB;
/** FIVE_YEARS_ONLY=serve,check: only the figures whose name holds one of these words. */
const ONLY = process.env.FIVE_YEARS_ONLY?.split(',');
const wanted = (measure: string) => !ONLY || ONLY.some((word) => measure.includes(word));
const QUERIES = ['第11号', '第 011 号', '老旧小区改造', '柳市监复[2023]', '2023年5月', '改造', '数据'];
const SEARCH_RUNS = 5;

type Measure = (file: string) => Promise<number> | number;

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const integrity =
  (pragma: 'integrity_check' | 'quick_check'): Measure =>
  (file) => {
    const db = new Database(file, { readonly: true });
    try {
      const start = performance.now();
      db.pragma(pragma);
      return performance.now() - start;
    } finally {
      db.close();
    }
  };

async function cli(args: string[]): Promise<number> {
  const io = fakeIo();
  const start = performance.now();
  const code = await runCli(args, io.io);
  if (code !== 0) throw new Error(`dafu ${args.join(' ')} exited ${code}: ${io.err.join(' ')}`);
  return performance.now() - start;
}

/** p95 of the search call over the queries, each several times, as the app answers it. */
async function searchP95(file: string): Promise<number> {
  const { handlers } = makeTestContext(file);
  await handlers['search.query']({ query: '提案', waitForIndex: true });
  const samples: number[] = [];
  for (let run = 0; run < SEARCH_RUNS; run++) for (const query of QUERIES) samples.push(await timed(() => handlers['search.query']({ query })));
  return percentile(samples, 95);
}

async function draftListCall(file: string): Promise<number> {
  const { handlers } = makeTestContext(file);
  await handlers['drafts.list']({});
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) samples.push(await timed(() => handlers['drafts.list']({})));
  return percentile(samples, 50);
}

interface Start {
  toUrl: number;
  toList: number;
  toEditable: number;
  scrollFrame: number;
}

/** `dafu serve` started, the page opened, the first draft in the list opened until its 正文 takes typing; then the list scrolled end to end. */
async function startToEditable(browser: Browser, file: string): Promise<Start> {
  const start = performance.now();
  const host = await startHost(file);
  const toUrl = performance.now() - start;
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(host.url);
    const list = page.getByRole('list', { name: '草稿列表' });
    const first = list.getByRole('button').first();
    await first.waitFor();
    const toList = performance.now() - start;
    await first.click();
    const body = page.getByRole('textbox', { name: '正文' });
    await body.locator('p').first().waitFor();
    await page.waitForFunction(() => document.querySelector('[contenteditable="true"]') !== null);
    const toEditable = performance.now() - start;
    const scrollFrame = await list.evaluate(async (element) => {
      // The nearest ancestor that scrolls (no named functions here: the page gets this code as text).
      let scroller = element as HTMLElement;
      while (scroller.parentElement && !(scroller.scrollHeight > scroller.clientHeight + 1 && getComputedStyle(scroller).overflowY !== 'visible'))
        scroller = scroller.parentElement;
      const frames: number[] = [];
      let last = performance.now();
      for (let step = 1; step <= 30; step++) {
        scroller.scrollTop = (scroller.scrollHeight * step) / 30;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return frames.sort((a, b) => a - b)[Math.floor(frames.length * 0.95) - 1];
    });
    return { toUrl, toList, toEditable, scrollFrame };
  } finally {
    await page.close();
    await host.stop();
  }
}

/** Later starts are timed several times, interleaved, and the median of each figure kept: one start is at the mercy of the machine. */
const LATER_STARTS = 3;

function medianStart(starts: Start[]): Start {
  const median = (key: keyof Start) =>
    percentile(
      starts.map((start) => start[key]),
      50,
    );
  return { toUrl: median('toUrl'), toList: median('toList'), toEditable: median('toEditable'), scrollFrame: median('scrollFrame') };
}

const fileSize = (file: string) => ['', '-wal'].reduce((sum, suffix) => sum + (statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0), 0);

export async function run(): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-five-years-'));
  const empty = join(dir, 'empty', 'dafu.sqlite3');
  const full = join(dir, 'five-years', 'dafu.sqlite3');
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'five-years'));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    // The baseline holds the one letter it opens, and nothing else.
    const baseline = makeTestContext(empty);
    await baseline.handlers['drafts.create']({ templateId: 'zhengxie-lead' });
    baseline.ctx.db.close();
    let counts = {};
    const generation = await timed(() => {
      if (GENERATED) copyFileSync(GENERATED, full);
      else counts = generateFiveYears(full, SCALE);
    });
    const rows: Record<string, string | number>[] = [];
    // Each figure is printed as soon as it is measured: the whole run takes a while at full size.
    const row = (measure: string, a: number, b: number) => {
      rows.push({ measure, empty: round(a, 1), fiveYears: round(b, 1), ratio: round(b / a, 2) });
      console.log(JSON.stringify(rows.at(-1)));
    };
    const both = async (measure: string, how: Measure) => {
      if (wanted(measure)) row(measure, await how(empty), await how(full));
    };
    await both('open the store, with the full integrity check (one-shot CLI commands) (ms)', async (file) => timed(() => openDatabase(file).close()));
    await both('open the store, header and schema only (the app and its host) (ms)', async (file) =>
      timed(() => openDatabase(file, undefined, 'schema').close()),
    );
    await both('PRAGMA integrity_check (ms)', integrity('integrity_check'));
    await both('PRAGMA quick_check (ms)', integrity('quick_check'));
    await both('drafts.list call, p50 (ms)', draftListCall);
    await both('search, p95 over 7 queries (ms)', searchP95);
    await both('dafu backup (ms)', (file) => cli(['backup', '--db', file, '-o', `${file}.${Date.now()}.bak`]));
    // On a copy, so the retention run below still finds the first thinning to do.
    await both('after start, off the way of calls: full check, daily backup, first thinning (ms)', async (file) => {
      const copy = `${dirname(file)}-upkeep/dafu.sqlite3`;
      mkdirSync(dirname(copy));
      copyFileSync(file, copy);
      const services = startServices(copy, { scheduledBackups: true });
      try {
        return await timed(() => services.upkeep());
      } finally {
        services.close();
        rmSync(dirname(copy), { recursive: true, force: true });
      }
    });
    // Before any start: the start of the day would run it first.
    await both('retention run, 文件 → 版本精简 → 立即精简 (ms)', async (file) => {
      const db = openDatabase(file);
      try {
        return await timed(() => thinEveryDraft(db, new Date(), 'manual'));
      } finally {
        db.close();
      }
    });
    if (wanted('serve')) {
      // The first start does the day's backup and retention run; the second is every later start that day.
      const firstStart = [await startToEditable(browser, empty), await startToEditable(browser, full)];
      const later: [Start[], Start[]] = [[], []];
      for (let run = 0; run < LATER_STARTS; run++) {
        later[0].push(await startToEditable(browser, empty));
        later[1].push(await startToEditable(browser, full));
      }
      const laterStart = later.map(medianStart);
      for (const [label, [a, b]] of [
        ['first start of the day', firstStart],
        ['later start', laterStart],
      ] as const) {
        row(`${label}: serve → address printed (ms)`, a.toUrl, b.toUrl);
        row(`${label}: serve → draft list shown (ms)`, a.toList, b.toList);
        row(`${label}: serve → editable letter (ms)`, a.toEditable, b.toEditable);
      }
      row('draft list scrolled end to end: p95 frame (ms)', laterStart[0].scrollFrame, laterStart[1].scrollFrame);
    }
    await both('file size (MB)', (file) => fileSize(file) / 1e6);
    // Last: it reads every revision and every token of the index, the longest of all.
    await both('dafu check (ms)', (file) => cli(['check', '--db', file]));
    return {
      name: 'five years of use against an empty store',
      rows,
      notes: [
        'empty: a new store with one draft made from a template (the letter opened)',
        GENERATED ? `five years: copied from ${GENERATED}` : `generated ${JSON.stringify(counts)} in ${round(generation / 1000, 1)} s (scale ${SCALE})`,
      ],
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
