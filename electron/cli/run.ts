import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type Command } from './common/command';
import { namedFor } from './common/programName';
import { terminalSafeIo } from './common/terminalText';
import { failureLine } from './common/failureLine';
import { cliLogFile, writeCliLog } from './common/cliErrorLog';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { restoreCommand } from './commands/restore';
import { diffCommand } from './commands/diff';
import { historyCommand } from './commands/history';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { pdfCommand } from './commands/pdf';
import { proofreadCommand } from './commands/proofread';
import { serveCommand } from './commands/serve';
import { packageCommand } from './commands/package';
import { templatesCommand } from './commands/templates';
import { casesCommand } from './commands/cases';
import { searchCommand } from './commands/search';
import { numberCommand } from './commands/number';
import { keysCommand } from './commands/keys';
import { reviewCommand } from './commands/review';
import { userCommand } from './commands/user';
import { serverCommand } from './commands/server';
import { loginCommand, syncCommand } from './commands/sync';

/** The one argument dispatcher, shared by `dafu` and the packaged app's executable, so both accept the same commands. */
export const COMMANDS: readonly Command[] = [
  serveCommand,
  templatesCommand,
  importCommand,
  historyCommand,
  proofreadCommand,
  diffCommand,
  pdfCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  exportCommand,
  casesCommand,
  searchCommand,
  packageCommand,
  numberCommand,
  userCommand,
  keysCommand,
  reviewCommand,
  serverCommand,
  loginCommand,
  syncCommand,
];

function overview(): string[] {
  return [
    '用法：dafu <命令> [选项]',
    '',
    '命令：',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(12)}${command.summary}`),
    '',
    '每个命令都可加 --help 查看详细用法。',
  ];
}

function commandHelp(command: Command): string[] {
  return [
    `用法：${command.usage}`,
    '',
    command.summary,
    '',
    '选项：',
    ...command.optionHelp.map(([flag, text]) => `  ${flag.padEnd(14)}${text}`),
    `  ${'--help'.padEnd(14)}显示本帮助`,
  ];
}

function explainParseError(error: unknown, command: Command): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `不认识的选项 ${unknown[1]}（${command.usage}）`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `选项 ${missing[1]} 后面缺少取值`;
  const positional = /Unexpected argument '([^']+)'/.exec(message);
  if (positional) return `多余的参数“${positional[1]}”（${command.usage}）`;
  return message;
}

export async function runCli(argv: readonly string[], terminal: CliIo): Promise<number> {
  const io = namedFor(terminalSafeIo(terminal));
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    overview().forEach(io.out);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`dafu: 没有“${name}”这个命令。运行 dafu --help 查看可用命令。`);
    return 2;
  }
  if (command.passThrough) return command.run({ values: {}, positionals: [...rest] }, io);
  if (rest.includes('--help') || rest.includes('-h')) {
    const step = rest[0] !== undefined ? command.subcommands?.[rest[0]] : undefined;
    (step ? [`用法：${step.usage}`, '', step.summary, '', `选项见 dafu ${command.name} --help。`] : commandHelp(command)).forEach(io.out);
    return 0;
  }
  try {
    const parsed = (() => {
      try {
        return parseArgs({ args: [...rest], options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true });
      } catch (error) {
        throw new UsageError(explainParseError(error, command));
      }
    })();
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`dafu ${command.name}: ${error.message}`);
      return 2;
    }
    // One line, never a stack: a refusal as written, anything unexpected as 程序出错了 with its stack in the log.
    const { line, unexpected } = failureLine(error, cliLogFile());
    if (unexpected) writeCliLog(error);
    io.err(`dafu ${command.name}: ${line}`);
    return 1;
  }
}
