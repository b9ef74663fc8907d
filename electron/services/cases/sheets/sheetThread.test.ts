import { describe, expect, it } from 'vitest';
import { makeTestContext } from '../../../testing/testContext';
import { sheetRows, xlsxFile } from '../../../testing/hostile/officeFiles';
import { longestStall } from '../../../testing/eventLoopStall';
import { readSheetHere } from './readSheet';
import { planSheetInThread, readSheetInThread, type SheetReadOptions } from './sheetThread';

const HEADER = ['类别', '届次', '提案号', '案由', '提案者', '承办方式', '交办日期', '主办单位', '协办单位', '承办人', '联系电话', '提案内容'];

/** A long 交办清单 (19,990 cases, each with a paragraph of proposal text): most of a second to read. */
function longList(): Buffer {
  const rows = Array.from({ length: 19_990 }, (_, i) => [
    '政协提案',
    '十三届三次会议',
    String(i + 1),
    `关于第${i + 1}件事的建议`,
    '九三学社柳州市委员会',
    '主办',
    '2026-03-10',
    '市场监管局',
    '住建局',
    '王晶',
    '0772-1234567',
    '建议内容。'.repeat(40),
  ]);
  return xlsxFile({ sheetData: [{ data: sheetRows([HEADER, ...rows]) }] });
}

/** Reads and sorts the list on its thread, as the import calls do (each job takes a copy of the bytes). */
const readOnThread = (list: Buffer, options: SheetReadOptions) =>
  planSheetInThread({ fileName: '交办清单.xlsx', bytes: new Uint8Array(list).buffer, existingKeys: [] }, options);

describe('reading a 交办清单 on its own thread', () => {
  const list = longList();

  it('answers other calls while a long list is being read', async () => {
    const { handlers } = makeTestContext();
    const answered: number[] = [];
    let previewDone = false;
    const stall = await longestStall(async () => {
      const preview = Promise.resolve(handlers['cases.importPreview']({ fileName: '交办清单.xlsx', base64: list.toString('base64') })).then((result) => {
        previewDone = true;
        return result;
      });
      // The clerk keeps working meanwhile: the draft list is asked for every 20 ms.
      while (!previewDone) {
        const asked = performance.now();
        await handlers['drafts.list']({});
        answered.push(performance.now() - asked);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await preview).accepted).toHaveLength(200);
    });
    const onThisThread = await longestStall(() => readSheetHere('交办清单.xlsx', list));

    expect(answered.length).toBeGreaterThan(5);
    expect(Math.max(...answered)).toBeLessThan(50);
    expect(stall).toBeLessThan(onThisThread / 3);
  });

  it('stops a read that runs over its time and says so', async () => {
    const started = performance.now();
    await expect(readOnThread(list, { budgetMs: 200 })).rejects.toThrow('读「交办清单.xlsx」用了 0 秒还没读完，已停下，没有导入');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('stops when asked to, before or while it reads', async () => {
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(readOnThread(list, { signal: cancelled.signal })).rejects.toThrow('已停止读取「交办清单.xlsx」，没有导入。');
    const midway = new AbortController();
    setTimeout(() => midway.abort(), 50);
    await expect(readOnThread(list, { signal: midway.signal })).rejects.toThrow('已停止读取');
  });

  it('stops an import when the clerk closes the dialog, and registers nothing', async () => {
    const { handlers } = makeTestContext();
    const requestId = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
    const importing = Promise.resolve(handlers['cases.import']({ fileName: '交办清单.xlsx', base64: list.toString('base64'), requestId }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await handlers['uploads.stopRead']({ requestId })).toEqual({ stopped: true });
    await expect(importing).rejects.toThrow('已停止读取「交办清单.xlsx」，没有导入。');
    expect(await handlers['cases.list']({})).toEqual([]);
    expect(await handlers['uploads.stopRead']({ requestId })).toEqual({ stopped: false });
  });

  it('ends a read that needs more memory than its thread may have, with a plain message', async () => {
    await expect(readOnThread(list, { heapMb: 4 })).rejects.toThrow('「交办清单.xlsx」太大，读的时候内存不够，已停下，没有导入');
  });

  it('reads just the cells of a sheet (a bureau’s 校对词表) on the same thread, as they read here', async () => {
    const sheet = xlsxFile({
      sheetData: [
        {
          data: sheetRows([
            ['错误写法', '正确写法'],
            ['智慧城管平台', '城市运行管理服务平台'],
          ]),
        },
      ],
    });
    expect(await readSheetInThread('词表.xlsx', new Uint8Array(sheet).buffer)).toEqual(await readSheetHere('词表.xlsx', sheet));
  });
});
