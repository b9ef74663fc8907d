import { type CliIo, type Command, UsageError } from '../common/command';
import { readPin } from '../common/pin';
import { dbOption, dbOptionHelp, jsonOption, jsonOptionHelp } from './sharedOptions';
import { withSigning } from './signingSession';

/** All of standard input: the password, never on the command line. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export const loginCommand: Command = {
  name: 'login',
  summary: '连接单位服务器：这台电脑的当前用户登录；第一次带登记码，个人签名密钥即得到认证',
  usage: 'dafu login 地址 --user 用户名 --password-stdin [--enrol 登记码] [--fingerprint SHA256] [--db FILE]',
  allowPositionals: true,
  options: { user: { type: 'string' }, 'password-stdin': { type: 'boolean' }, enrol: { type: 'string' }, fingerprint: { type: 'string' }, ...dbOption },
  optionHelp: [
    ['--user 用户名', '信息科建的账户'],
    ['--password-stdin', '从标准输入读密码'],
    ['--enrol 登记码', '第一次连接时信息科给的登记码：生成（或用）本人的签名密钥并得到认证（口令取自 DAFU_PIN）'],
    ['--fingerprint 指纹', '信息科公布的服务器证书指纹（SHA-256），第一次连接时必填'],
    dbOptionHelp,
  ],
  async run({ values, positionals }, io: CliIo) {
    const [url] = positionals;
    if (positionals.length !== 1) throw new UsageError('请给出服务器地址，例如 dafu login https://10.1.2.3:8443 --user 王晶 --password-stdin');
    if (!values.user) throw new UsageError('请用 --user 写明账户。');
    if (!values['password-stdin']) throw new UsageError('请用 --password-stdin 从标准输入给出密码（不要写在命令行上）。');
    const password = (await (io.readStdin ?? readStdin)()).replace(/\r?\n$/, '');
    return withSigning(values.db as string | undefined, async (call) => {
      if (values.enrol !== undefined) {
        const status = await call('keys.status', {});
        if (!status.personal) await call('keys.create', { pin: await readPin('请设置签名口令（至少 6 位）：', true) });
      }
      const result = await call('sync.connect', {
        url,
        user: String(values.user),
        password,
        enrolmentCode: values.enrol as string | undefined,
        fingerprint: values.fingerprint as string | undefined,
      });
      io.out(`已连接单位服务器：${result.name}（${result.unit}）。${result.fingerprint ? `证书指纹 ${result.fingerprint} 已记下。` : ''}`);
      if (result.certified) io.out('您的签名密钥已由单位根密钥认证。请同步（dafu sync）以取得新的单位密钥清单。');
      if (result.keyPending) io.out('您的新密钥已提交，等信息科核对指纹后认证。');
      return 0;
    });
  },
};

export const syncCommand: Command = {
  name: 'sync',
  summary: '与单位服务器同步：送上本机的新版本、审核记录和批注，取回别人的',
  usage: 'dafu sync [--json] [--db FILE]',
  options: { ...jsonOption, ...dbOption },
  optionHelp: [jsonOptionHelp, dbOptionHelp],
  async run({ values }, io: CliIo) {
    return withSigning(values.db as string | undefined, async (call) => {
      const report = await call('sync.now', {});
      if (values.json) io.out(JSON.stringify(report, null, 2));
      else {
        io.out(
          `送上：草稿 ${report.up.drafts} 份，版本 ${report.up.revisions} 个，审核记录 ${report.up.events} 条，批注 ${report.up.comments} 条，案件 ${report.up.cases} 件。`,
        );
        io.out(`取回：草稿 ${report.down.drafts} 份，新增 ${report.down.revisions} 项；案件 ${report.down.cases} 件。`);
        if (report.keyList) io.out(report.keyList);
        for (const refused of report.refused) io.err(`服务器拒绝了《${refused.title}》：${refused.reason}`);
        io.out(report.status.label);
      }
      return report.refused.length > 0 ? 1 : 0;
    });
  },
};
