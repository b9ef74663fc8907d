import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { resolveDatabasePath } from '../../app/paths';
import type { CallName, CallInput, CallOutput } from '../../../shared/api/contract';
import { REVIEW_STATE_LABELS, Uuid } from '../../../shared/model/draft';
import { describeCaseImport } from '../../../shared/review/packageCase';
import { heldBackLine, notCountedLines } from '../../../shared/review/importNotes';
import { PACKAGE_LIMITS, PACKAGE_TOO_BIG } from '../../../shared/review/packageLimits';
import type { ImportReport } from '../../../shared/review/reviewSchemas';
import { UsageError, type CliIo, type Command } from '../common/command';
import { callService } from './callService';
import { withSigning } from './signingSession';
import { dbOption, dbOptionHelp } from './sharedOptions';

const USAGE = 'dafu package export <草稿编号> -o FILE.dafu [--db FILE]  |  dafu package import FILE.dafu [--db FILE]';

/** A file refused before the services see it: reported as one line, exit 1, nothing written. */
class Refused extends Error {}

/** Like `dafu import`, a database file that does not exist yet is created; only a missing folder is refused. */
async function withServices<N extends CallName>(dbPath: string | undefined, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const database = resolveDatabasePath(dbPath);
  if (!existsSync(dirname(database))) throw new UsageError(`数据库所在的文件夹不存在：${dirname(database)}`);
  return callService(database, name, input);
}

function describeImport(report: ImportReport): string[] {
  const lines = [report.created ? `新建草稿「${report.title}」（${report.draftId}）` : `已有草稿「${report.title}」（${report.draftId}）`];
  const added = report.revisionsAdded + report.commentsAdded + report.eventsAdded;
  lines.push(
    added === 0
      ? '草稿包中的内容本机都已有，没有新增。'
      : `新增版本 ${report.revisionsAdded} 个，批注 ${report.commentsAdded} 条，审核记录 ${report.eventsAdded} 条。`,
  );
  const held = heldBackLine(report);
  if (held) lines.push(held);
  else if (!report.diverged) lines.push('两边的修改没有分叉。');
  else if (report.current === 'local') lines.push('两边都有修改：本机的稿子仍为当前稿，导入的修改标为「待合并」。');
  else lines.push('两边都有修改：导入的稿子已签发，成为当前稿；本机的修改标为「待合并」。');
  lines.push(...notCountedLines(report));
  // The state is what the verified events replay to here, never what the package claims.
  lines.push(`当前状态：${REVIEW_STATE_LABELS[report.state]}`);
  if (report.case) lines.push(...describeCaseImport(report.case));
  return lines;
}

async function exportDraft(positionals: string[], values: Record<string, unknown>, io: CliIo): Promise<number> {
  const [draftId] = positionals;
  if (positionals.length !== 1) throw new UsageError('请给出一个草稿编号（dafu package export <草稿编号> -o FILE.dafu）。');
  if (!Uuid.safeParse(draftId).success) throw new UsageError(`“${draftId}”不是草稿编号。草稿编号形如 5b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d。`);
  const output = values.output as string | undefined;
  if (!output) throw new UsageError('请用 -o 指定要保存的草稿包文件（.dafu）。');
  if (!existsSync(dirname(output) || '.')) throw new UsageError(`要保存到的文件夹不存在：${dirname(output)}`);
  // The sender signs the text sent (their PIN from DAFU_PIN or the terminal), so the other PC may take it as current.
  const exported = await withSigning(values.db as string | undefined, (call) => call('package.export', { draftId }));
  writeFileSync(output, Buffer.from(exported.data, 'base64'));
  io.out(`已导出草稿包：${output}`);
  return 0;
}

async function importPackage(positionals: string[], values: Record<string, unknown>, io: CliIo): Promise<number> {
  const [file] = positionals;
  if (positionals.length !== 1) throw new UsageError('请给出一个草稿包文件（dafu package import FILE.dafu）。');
  if (!existsSync(file)) throw new UsageError(`找不到文件：${file}`);
  const found = statSync(file);
  if (!found.isFile()) throw new UsageError(`“${file}”不是文件，请给出草稿包文件（.dafu）。`);
  // Refused before a byte is read: a file of gigabytes is not read into memory to be refused later.
  if (found.size > PACKAGE_LIMITS.fileBytes) throw new Refused(PACKAGE_TOO_BIG);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new Refused('文件是空的，不是草稿包。请让对方重新导出一份。');
  const report = await withServices(values.db as string | undefined, 'package.import', { data: bytes.toString('base64') });
  describeImport(report).forEach(io.out);
  return 0;
}

export const packageCommand: Command = {
  name: 'package',
  summary: '把一份草稿连同全部版本、批注、审核记录和所属案件导出为草稿包（.dafu），或在另一台电脑上导入',
  usage: USAGE,
  options: { output: { type: 'string', short: 'o' }, ...dbOption },
  allowPositionals: true,
  optionHelp: [['-o FILE', '导出时保存到这个文件（.dafu）'], dbOptionHelp],
  async run({ values, positionals }, io) {
    const [subcommand, ...rest] = positionals;
    try {
      if (subcommand === 'export') return await exportDraft(rest, values, io);
      if (subcommand === 'import') return await importPackage(rest, values, io);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      io.err(`dafu package: ${error.message}`);
      return 1;
    }
    throw new UsageError(`请写明 export 或 import（${USAGE}）`);
  },
};
