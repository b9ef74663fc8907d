import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run';

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), stopSignal: new Promise<void>(() => {}) }, out, err };
}

async function writeList(file: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('交办清单');
  sheet.addRow(['序号', '类别', '届次/会议', '提案号', '标题', '提案者', '承办方式', '交办日期', '办理期限']);
  sheet.addRow([
    1,
    '提案',
    '市政协十三届三次会议',
    '011',
    '关于发挥质量强市标杆作用的建议',
    '九三学社柳州市委员会',
    '主办',
    new Date(Date.UTC(2023, 2, 10)),
    '',
  ]);
  sheet.addRow([2, '提案', '市政协十三届三次会议', '012', '关于加强老旧小区加装电梯的建议', '张伟', '协办', '2099-03-10', '2099年4月30日']);
  sheet.addRow([3, '提案', '市政协十三届三次会议', '013', '', '李明', '主办', '2099-03-10', '']);
  await workbook.xlsx.writeFile(file);
}

describe('dafu cases and dafu search', () => {
  it('imports a list, counts duplicates on a second run, lists and searches as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-cases-'));
    const db = join(dir, 'dafu.sqlite3');
    const file = join(dir, '交办清单.xlsx');
    await writeList(file);

    const first = fakeIo();
    expect(await runCli(['cases', 'import', file, '--db', db], first.io)).toBe(0);
    expect(first.out[0]).toBe('已导入 2 件，重复 0 件（未重复登记），有问题未导入 1 行。');
    expect(first.out).toContain('未导入：第 4 行 缺少标题');

    const second = fakeIo();
    expect(await runCli(['cases', 'import', file, '--db', db], second.io)).toBe(0);
    expect(second.out[0]).toBe('已导入 0 件，重复 2 件（未重复登记），有问题未导入 1 行。');

    const list = fakeIo();
    expect(await runCli(['cases', 'list', '--json', '--db', db], list.io)).toBe(0);
    const cases = JSON.parse(list.out.join('\n')) as Record<string, unknown>[];
    expect(cases.map((c) => [c.number, c.kind, c.role, c.assignedOn, c.dueOn, c.status])).toEqual([
      ['011', 'zhengxie', 'lead', '2023-03-10', '2023-06-10', 'pending'],
      ['012', 'zhengxie', 'assist', '2099-03-10', '2099-04-30', 'pending'],
    ]);
    expect(Object.keys(cases[0])).toEqual(
      expect.arrayContaining(['id', 'kind', 'session', 'number', 'title', 'proposer', 'role', 'assignedOn', 'dueOn', 'status']),
    );

    const overdue = fakeIo();
    expect(await runCli(['cases', 'list', '--overdue', '--json', '--db', db], overdue.io)).toBe(0);
    expect((JSON.parse(overdue.out[0]) as { number: string }[]).map((c) => c.number)).toEqual(['011']);

    const search = fakeIo();
    expect(await runCli(['search', '电梯', '--json', '--db', db], search.io)).toBe(0);
    expect(JSON.parse(search.out[0])).toEqual([
      { type: 'case', id: cases[1].id, title: '关于加强老旧小区加装电梯的建议', snippet: '关于加强老旧小区加装电梯的建议' },
    ]);
  });

  it('explains a wrong call in one Chinese line and creates no database for a read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-cases-'));
    const db = join(dir, 'dafu.sqlite3');
    const missing = fakeIo();
    expect(await runCli(['cases', 'import', join(dir, '没有.xlsx'), '--db', db], missing.io)).toBe(2);
    expect(missing.err).toEqual([expect.stringContaining('找不到文件')]);
    const wrong = fakeIo();
    expect(await runCli(['cases', 'remove'], wrong.io)).toBe(2);
    expect(wrong.err[0]).toContain('没有“remove”这个子命令');
    const text = join(dir, '清单.txt');
    writeFileSync(text, 'x');
    const notSheet = fakeIo();
    expect(await runCli(['cases', 'import', text, '--db', db], notSheet.io)).toBe(2);
    const empty = fakeIo();
    expect(await runCli(['cases', 'list', '--json', '--db', db], empty.io)).toBe(0);
    expect(empty.out).toEqual(['[]']);
    expect(existsSync(db)).toBe(false);
  });
});
