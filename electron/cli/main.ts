import { consoleIo } from './common/consoleIo';
import { runCli } from './run';

process.exit(await runCli(process.argv.slice(2), consoleIo()));
