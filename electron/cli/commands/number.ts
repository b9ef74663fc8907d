import { existsSync } from 'node:fs';
import { resolveDatabasePath } from '../../app/paths';
import type { DocNumberRecord } from '../../../shared/api/docNumberCalls';
import { Uuid } from '../../../shared/model/draft';
import { UsageError, type CliIo, type Command, type ParsedArgs } from '../common/command';
import { callService } from './callService';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';
import { own } from '../../../shared/lookup/own';

const localDate = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

function describeRecord(record: DocNumberRecord): string {
  const voided = record.voided ? `  已作废（${record.voided.by}，${localDate(record.voided.at)}：${record.voided.reason}）` : '';
  return `${record.text}  「${record.draftTitle}」  ${record.issuedBy}  ${localDate(record.issuedAt)}${voided}`;
}

async function take({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('请给出一个草稿编号（dafu number take <草稿编号>）。');
  const [draftId] = positionals;
  if (!Uuid.safeParse(draftId).success) throw new UsageError(`“${draftId}”不是草稿编号。草稿编号形如 5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d。`);
  const database = resolveDatabasePath(values.db as string | undefined);
  if (!existsSync(database)) throw new UsageError(`找不到数据库文件：${database}`);
  const taken = await callService(database, 'docNumbers.take', { draftId });
  if (values.json) {
    io.out(JSON.stringify(taken));
  } else if (taken.alreadyHeld) {
    io.out(`这份草稿今年已取过号：${taken.text}（${taken.issuedBy}，${localDate(taken.issuedAt)}），没有另取新号。`);
  } else {
    io.out(`已取号：${taken.text}（草稿「${taken.draftTitle}」）`);
  }
  return 0;
}

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year 要写四位年份，如 2026，不是“${value}”。`);
  return Number(value);
}

async function list({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`多余的参数“${positionals[0]}”（dafu number list [--year 年份] [--json]）`);
  const year = yearOption(values.year as string | undefined);
  const database = resolveDatabasePath(values.db as string | undefined);
  // A read-only command never creates a database: no file simply means an empty register.
  const records = existsSync(database) ? await callService(database, 'docNumbers.list', { year }) : [];
  if (values.json) {
    io.out(JSON.stringify(records));
  } else if (records.length === 0) {
    io.out(`${year ?? '今'}年的发文登记里还没有号。可用 dafu number take <草稿编号> 取号。`);
  } else {
    records.map(describeRecord).forEach(io.out);
  }
  return 0;
}

const SUBCOMMANDS: Record<string, (args: ParsedArgs, io: CliIo) => Promise<number>> = { take, list };

export const numberCommand: Command = {
  name: 'number',
  summary: '发文字号：为草稿取号（take），列出发文登记（list）',
  usage: 'dafu number take <草稿编号> [--json] [--db FILE]  |  dafu number list [--year 年份] [--json] [--db FILE]',
  options: { ...dbOption, ...jsonOption, year: { type: 'string' } },
  allowPositionals: true,
  optionHelp: [dbOptionHelp, jsonOptionHelp, ['--year 年份', '（list）列出这一年的登记，默认今年']],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const run = sub === undefined ? undefined : own(SUBCOMMANDS, sub);
    if (!run) throw new UsageError(sub === undefined ? '请给出子命令：take 或 list。' : `没有“${sub}”这个子命令，可用 take 或 list。`);
    return run({ values: args.values, positionals: rest }, io);
  },
};
