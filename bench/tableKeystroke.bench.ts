// Keystroke latency in Chromium on a 30,000-character letter holding a 20×6 table, against the same letter
// without it, both opened in the app (proofreading off) and typed in at the same paragraph in this run.
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/support/chromium';
import { freshDatabase, startHost } from '../e2e/support/host';
import { textTable } from '../shared/model/fixtures/sampleTables';
import type { LetterDocument } from '../shared/model/document';
import { longLetter } from './proofread.bench';
import { callHost, latencyRatio, latencyRow, openApp, samplesOf, typeOneRound } from './keystroke.bench';
import type { BenchReport } from './run';

const ROUNDS = 8;
const SIZE = 30_000;

/** 20 rows of 6 cells: a header, then projects with five years of figures. */
function fundsByYear() {
  const years = ['2021年', '2022年', '2023年', '2024年', '2025年'];
  const rows = [['项目', ...years], ...Array.from({ length: 19 }, (_, r) => [`第${r + 1}项改造工程`, ...years.map((_, y) => String((r + 1) * 100 + y * 7))])];
  return textTable(rows, { caption: '表1 2021年至2025年加装电梯补助资金安排', unit: '单位：万元' });
}

async function hostWith(text: string, withTable: boolean) {
  const host = await startHost(freshDatabase());
  const draft = (await callHost(host.url, 'drafts.import', { fileName: '长答复函.txt', text })) as {
    id: string;
    base: unknown;
    content: LetterDocument;
    fields: unknown;
  };
  const count = draft.content.blocks.length;
  if (withTable) {
    const blocks = [...draft.content.blocks];
    blocks.splice(Math.floor(count / 2) + 1, 0, fundsByYear());
    await callHost(host.url, 'drafts.save', { draftId: draft.id, base: draft.base, content: { ...draft.content, blocks }, fields: draft.fields });
  }
  return { host, count };
}

export async function run(): Promise<BenchReport> {
  const text = longLetter(SIZE);
  const plain = await hostWith(text, false);
  const tabled = await hostWith(text, true);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const variant = { proofreading: false, pageMarks: false };
    // Both type at the end of the middle paragraph; the table stands just after it.
    const pages = [await openApp(browser, plain.host.url, variant, plain.count), await openApp(browser, tabled.host.url, variant, plain.count)];
    for (let r = 0; r < ROUNDS; r += 1) for (const page of pages) await typeOneRound(page);
    const [without, withTable] = await Promise.all(pages.map(samplesOf));
    return {
      name: 'keystroke latency with a 20×6 table in a 30,000-character letter',
      rows: [latencyRow('letter without a table', without), latencyRow('same letter with a 20×6 table', withTable)],
      notes: [
        `with / without the table: sync p50 ${latencyRatio(withTable.sync, without.sync, 50)}, p95 ${latencyRatio(withTable.sync, without.sync, 95)}; frame p50 ${latencyRatio(withTable.frame, without.frame, 50)}, p95 ${latencyRatio(withTable.frame, without.frame, 95)} (goal ≤ 1.2).`,
        `Letter: ${text.length} characters in ${plain.count} paragraphs; the table (表题, unit line, 20 rows × 6 cells, header row) stands after the middle paragraph, where the typing happens. Proofreading and page marks off in both.`,
      ],
    };
  } finally {
    await browser.close();
    await plain.host.stop();
    await tabled.host.stop();
  }
}
