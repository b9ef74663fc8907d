import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import { CASE_KIND_LABELS, CASE_ROLE_LABELS, CASE_STATUS_LABELS, type CaseKind, type CaseSummary } from '../../../shared/cases/caseModel';
import { proposersInBrief } from '../../../shared/cases/proposers';
import { readKind } from '../../../shared/cases/importRows';
import { UsageError, type CliIo, type Command, type ParsedArgs } from '../common/command';
import { callService } from './callService';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';
import { own } from '../../../shared/lookup/own';

const MAX_BYTES = 30 * 1024 * 1024;

function readList(file: string): Buffer {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`找不到文件“${file}”，请检查文件名和路径。`);
  if (!/\.(xlsx|csv)$/i.test(file)) throw new UsageError(`“${file}”不是 .xlsx 或 .csv 表格。旧的 .xls 请先在 Excel 或 WPS 里另存为 .xlsx。`);
  if (statSync(file).size > MAX_BYTES) throw new UsageError(`“${file}”太大，不像一份交办清单。`);
  return readFileSync(file);
}

function kindOption(value: string | undefined): CaseKind | undefined {
  if (value === undefined) return undefined;
  const kind = readKind(value);
  if (!kind) throw new UsageError(`--kind 只能是“提案”或“建议”，不是“${value}”。`);
  return kind;
}

async function importList({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('请给出一个交办清单文件（dafu cases import FILE.xlsx）。');
  const [file] = positionals;
  const bytes = readList(file);
  const database = resolveDatabasePath(values.db as string | undefined);
  if (!existsSync(dirname(database))) throw new UsageError(`数据库所在的文件夹不存在：${dirname(database)}`);
  const defaults = { kind: kindOption(values.kind as string | undefined), session: values.session as string | undefined };
  const result = await callService(database, 'cases.import', { fileName: basename(file), base64: bytes.toString('base64'), defaults });
  if (values.json) {
    io.out(JSON.stringify({ imported: result.imported.length, duplicates: result.duplicates, rejected: result.rejected }));
    return 0;
  }
  io.out(`已导入 ${result.imported.length} 件，重复 ${result.duplicates.length} 件（未重复登记），有问题未导入 ${result.rejected.length} 行。`);
  for (const duplicate of result.duplicates) {
    io.out(`重复：第 ${duplicate.row} 行 ${duplicate.number}「${duplicate.title}」${duplicate.inFile ? '在本表中出现过' : '已在台账中'}`);
  }
  for (const problem of result.rejected) io.out(`未导入：第 ${problem.row} 行 ${problem.reasons.join('；')}`);
  return 0;
}

function describeCase(item: CaseSummary): string {
  const deadline = item.dueOn === null ? '无期限' : `期限 ${item.dueOn}${item.overdue ? `（已超期 ${-(item.daysLeft ?? 0)} 天）` : ''}`;
  return `${CASE_KIND_LABELS[item.kind]} ${item.session} ${item.number}  ${item.title}  ${proposersInBrief(item)}  ${CASE_ROLE_LABELS[item.role]}  ${deadline}  ${CASE_STATUS_LABELS[item.status]}`;
}

async function listCases({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`多余的参数“${positionals[0]}”（dafu cases list [--overdue] [--json]）`);
  const database = resolveDatabasePath(values.db as string | undefined);
  // A read-only command never creates a database: no file simply means an empty register.
  const all = existsSync(database) ? await callService(database, 'cases.list', {}) : [];
  const cases = values.overdue ? all.filter((item) => item.overdue) : all;
  if (values.json) {
    io.out(
      JSON.stringify(
        cases.map(({ id, kind, session, number, title, proposer, coProposers, role, assignedOn, dueOn, status, overdue, daysLeft }) => ({
          id,
          kind,
          session,
          number,
          title,
          proposer,
          coProposers,
          role,
          assignedOn,
          dueOn,
          status,
          overdue,
          daysLeft,
        })),
      ),
    );
  } else if (cases.length === 0) {
    io.out(values.overdue ? '没有超期的案件。' : '台账里还没有案件。可用 dafu cases import 导入交办清单。');
  } else {
    cases.map(describeCase).forEach(io.out);
  }
  return 0;
}

const SUBCOMMANDS: Record<string, (args: ParsedArgs, io: CliIo) => Promise<number>> = { import: importList, list: listCases };

export const casesCommand: Command = {
  name: 'cases',
  summary: '案件台账：导入交办清单（import），列出案件及期限（list）',
  usage: 'dafu cases import FILE.xlsx|FILE.csv [--db FILE]  |  dafu cases list [--overdue] [--json] [--db FILE]',
  options: { ...dbOption, ...jsonOption, overdue: { type: 'boolean' }, kind: { type: 'string' }, session: { type: 'string' } },
  allowPositionals: true,
  optionHelp: [
    dbOptionHelp,
    jsonOptionHelp,
    ['--overdue', '（list）只列出已超期的案件'],
    ['--kind 提案|建议', '（import）清单没有“类别”一列时，这批是提案还是建议'],
    ['--session 届次', '（import）清单没有“届次”一列时，这批的届次会议'],
  ],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const run = sub === undefined ? undefined : own(SUBCOMMANDS, sub);
    if (!run) throw new UsageError(sub === undefined ? '请给出子命令：import 或 list。' : `没有“${sub}”这个子命令，可用 import 或 list。`);
    return run({ values: args.values, positionals: rest }, io);
  },
};
