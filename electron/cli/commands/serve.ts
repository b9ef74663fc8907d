import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { rendererDir, resolveDatabasePath } from '../../app/paths';
import { startCliServices } from '../common/cliServices';
import { startHost } from '../../host/httpHost';
import { UsageError, type Command } from '../common/command';
import { dbOption, dbOptionHelp } from './sharedOptions';

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 0;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new UsageError(`端口必须是 0 到 65535 之间的整数，收到的是“${raw}”`);
  return Number(raw);
}

export const serveCommand: Command = {
  name: 'serve',
  summary: '在本机启动答复函起草助手，用浏览器打开它打印的地址',
  usage: 'dafu serve [--db FILE] [--port N]',
  options: { ...dbOption, port: { type: 'string' } },
  optionHelp: [dbOptionHelp, ['--port N', '监听的端口；0 表示自动选一个空闲端口（默认）']],
  async run({ values }, io) {
    const port = parsePort(values.port as string | undefined);
    const explicitDb = values.db as string | undefined;
    if (explicitDb !== undefined && !existsSync(dirname(resolveDatabasePath(explicitDb)))) {
      throw new UsageError(`数据库所在的文件夹不存在：${dirname(resolveDatabasePath(explicitDb))}`);
    }
    const renderer = rendererDir();
    if (!existsSync(renderer)) throw new UsageError('界面还没有构建，请先运行 npm run build');
    const services = startCliServices(resolveDatabasePath(explicitDb), { scheduledBackups: true });
    const host = await startHost({ dispatch: services.dispatch, rendererDir: renderer, port });
    io.out(host.url);
    await io.stopSignal;
    await host.close();
    services.close();
    return 0;
  },
};
