import { measured } from '../electron/testing/measured';
// The files the hostile-input issue named, imported through the real service calls: how long each
// takes and how far the process's memory grows while it is read. Before the fix the .xlsx whose only
// far cell is A10000 took 121 s, A1048576 never finished, 3,000 blank CSV lines took 11.5 s and a
// 3 MB .xlsx bomb peaked at 3.4 GB.
import type { CallName } from '../shared/api/contract';
import { createDispatch } from '../electron/app/dispatch';
import { makeTestContext } from '../electron/testing/testContext';
import { docxFile, sheetRow, sheetRows, xlsxFile } from '../electron/testing/hostile/officeFiles';
import type { BenchReport } from './run';
import { round } from './stats';

const MB = 1024 * 1024;
const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期'];
const ROW = ['政协提案', '十三届三次会议', '001', '关于某事的建议', '九三学社柳州市委员会', '主办', '2026-03-10'];
const bomb = (megabytes: number) => [{ data: Buffer.alloc(MB, 0x20), times: megabytes }];

interface HostileFile {
  name: string;
  call: CallName;
  bytes: Buffer;
}

function files(): HostileFile[] {
  return [
    { name: 'only-A10000.xlsx', call: 'cases.import', bytes: xlsxFile({ sheetData: [{ data: sheetRow(10_000, [['A10000', '备注']]) }] }) },
    { name: 'only-A1048576.xlsx', call: 'cases.import', bytes: xlsxFile({ sheetData: [{ data: sheetRow(1_048_576, [['A1048576', '备注']]) }] }) },
    { name: 'blank-lines-3000.csv', call: 'cases.import', bytes: Buffer.from(`${HEADER.join(',')}\r\n${ROW.join(',')}${'\r\n'.repeat(3_000)}`) },
    {
      name: 'list-then-A10000.xlsx',
      call: 'cases.import',
      bytes: xlsxFile({ sheetData: [{ data: sheetRows([HEADER, ROW]) + sheetRow(10_000, [['A10000', '备注']]) }] }),
    },
    { name: 'bomb-3GB.xlsx', call: 'cases.import', bytes: xlsxFile({ sheetData: bomb(3_000) }) },
    { name: 'bomb-3GB-understated.xlsx', call: 'cases.import', bytes: xlsxFile({ sheetData: bomb(3_000), sheetDeclaredSize: 2_048 }) },
    { name: 'bomb-3GB-understated.docx', call: 'drafts.importDocx', bytes: docxFile({ body: bomb(3_000), bodyDeclaredSize: 2_048 }) },
  ];
}

const inputOf = ({ name, call, bytes }: HostileFile) =>
  call === 'drafts.importDocx' ? { fileName: name, data: bytes.toString('base64') } : { fileName: name, base64: bytes.toString('base64') };

export async function run(): Promise<BenchReport> {
  const { ctx, handlers } = makeTestContext(':memory:', { later: () => {} });
  const dispatch = createDispatch(handlers, () => {});
  const rows: BenchReport['rows'] = [];
  for (const file of files()) {
    const input = inputOf(file);
    const { value: result, ms, grewBy } = await measured(() => dispatch(file.call, input), 2);
    const outcome = result.ok ? '导入' : result.error.message.slice(0, 28);
    rows.push({ file: file.name, file_kb: round(file.bytes.length / 1024, 1), ms: round(ms), peak_rss_growth_mb: round(grewBy / MB, 1), outcome });
  }
  ctx.db.close();
  return {
    name: 'hostile imports',
    rows,
    notes: [
      'Through the dispatch, as the window and the CLI call it; the sheet is read on its own thread (its start is included).',
      'peak_rss_growth_mb: the resident memory sampled every 2 ms while the call ran, over what it was before.',
    ],
  };
}
