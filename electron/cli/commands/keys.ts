import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatFingerprint } from '../../../shared/signing/port';
import { UsageError, type CliIo, type Command, type ParsedArgs } from '../common/command';
import { ask, readPin } from '../common/pin';
import { certifyStep, exportListStep, initBureauStep, revokeStep, showBureau } from './keysBureau';
import { describeRole, REVIEW_STATE_LABELS } from './people';
import { dbOption, dbOptionHelp } from './sharedOptions';
import { withSigning } from './signingSession';

const USAGE = [
  'dafu keys init-bureau --name 单位全称 [--bureau DIR]',
  'dafu keys certify 申请文件 --role 起草|审核|签发 [--permission 代录签发] [--bureau DIR]',
  'dafu keys certify --enrol --name 姓名 --unit 科室 --role 角色 [--permission 代录签发] [--bureau DIR]',
  'dafu keys revoke 姓名|用户编号|指纹 [--bureau DIR]',
  'dafu keys export-list -o 文件 [--bureau DIR]',
  'dafu keys import-list 文件 [--fingerprint 指纹] [--repin] [--db FILE]',
  'dafu keys show [--db FILE | --bureau DIR]',
  'dafu keys new [--replace] [--db FILE]',
  'dafu keys request -o 文件 [--code 注册码] [--db FILE]',
].join('\n    ');

const day = (instant: string) => instant.slice(0, 10);

async function importList({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  const [file] = positionals;
  if (positionals.length !== 1) throw new UsageError('请给出信息科发来的单位密钥清单文件（dafu keys import-list 文件）。');
  if (!existsSync(file)) throw new UsageError(`找不到文件：${file}`);
  const text = readFileSync(file, 'utf8');
  return withSigning(values.db as string | undefined, async (call) => {
    const repin = Boolean(values.repin);
    let fingerprint = values.fingerprint as string | undefined;
    let result = await call('keys.importList', { text, repin, fingerprint });
    if (result.outcome === 'confirm') {
      io.out(
        `${result.repin ? '要把本机认可的单位根密钥换成' : '这是本机第一次导入单位密钥清单'}：${result.bureau}，第 ${result.serial} 版，${result.keys} 把密钥。`,
      );
      io.out(`根密钥指纹：${formatFingerprint(result.fingerprint)}`);
      io.out('请与信息科公布的指纹逐位核对。一致时，把信息科公布的指纹输入一遍（可带空格）；不一致时不要导入，并告知信息科。');
      fingerprint = await ask('信息科公布的根密钥指纹：', false);
      result = await call('keys.importList', { text, repin, fingerprint });
    }
    if (result.outcome !== 'imported') return 1;
    const pinned = { new: '本机已认可这个单位根密钥。', kept: '', repinned: '本机认可的单位根密钥已更换，已记入日志。' }[result.pinned];
    io.out(
      result.same
        ? `本机已有这份单位密钥清单（第 ${result.serial} 版），没有变化。`
        : `已导入单位密钥清单：${result.bureau}，第 ${result.serial} 版，${result.keys} 把密钥。${pinned}`,
    );
    for (const changed of result.changed)
      io.out(`重新核验后，「${changed.title}」的状态由${REVIEW_STATE_LABELS[changed.from]}变为${REVIEW_STATE_LABELS[changed.to]}。`);
    return 0;
  });
}

async function showPc(values: ParsedArgs['values'], io: CliIo): Promise<number> {
  return withSigning(values.db as string | undefined, async (call) => {
    const status = await call('keys.status', {});
    const user = status.user ? await call('users.current', {}) : null;
    io.out(
      user
        ? `当前用户：${user.name}（${user.unit || '未填科室'}，${describeRole(user.role, user.permissions)}），用户编号 ${user.id}`
        : '当前用户：还没有填写（dafu user --name 姓名 --unit 科室 --role 起草）',
    );
    const personal = status.personal;
    if (!personal) io.out('个人签名密钥：还没有（dafu keys new 生成）');
    else {
      const certified = personal.certified;
      const standing = !certified
        ? '本机签名（未经单位认证）'
        : certified.revokedAt
          ? `已于 ${day(certified.revokedAt)} 吊销`
          : `已由单位认证：${certified.name}（${certified.unit || '未填科室'}，${describeRole(certified.role, certified.permissions)}）`;
      io.out(`个人签名密钥：指纹 ${formatFingerprint(personal.fingerprint)}，${day(personal.createdAt)} 生成；${standing}`);
    }
    const list = status.list;
    io.out(
      list
        ? `单位密钥清单：${list.bureau}，第 ${list.serial} 版（${day(list.issuedAt)} 签发，${day(list.receivedAt)} 导入），${list.keys} 把密钥；根密钥指纹 ${formatFingerprint(list.fingerprint)}`
        : '单位密钥清单：本机还没有。在本机签的审核记录只在本机有效，显示为「本机签名（未经单位认证）」。',
    );
    return 0;
  });
}

async function newKey({ values }: ParsedArgs, io: CliIo): Promise<number> {
  return withSigning(values.db as string | undefined, async (call) => {
    const user = await call('users.current', {});
    if (!user) throw new UsageError('请先设置当前用户：dafu user --name 姓名 --unit 科室 --role 起草');
    const pin = await readPin('请设置签名口令（至少 6 位，签名时要输入）：', true);
    const status = await call('keys.create', { pin, replace: Boolean(values.replace) });
    io.out(`已为 ${user.name} 生成个人签名密钥，指纹：${formatFingerprint(status.personal!.fingerprint)}`);
    io.out('私钥只存在这台电脑上（用签名口令加密），不进数据库、备份和草稿包。请用 dafu keys request -o 文件 导出申请，交信息科认证。');
    return 0;
  });
}

async function request({ values, positionals }: ParsedArgs, io: CliIo): Promise<number> {
  if (positionals.length > 0) throw new UsageError(`多余的参数“${positionals[0]}”（dafu keys request -o 文件 [--code 注册码]）`);
  const output = values.output as string | undefined;
  if (!output) throw new UsageError('请用 -o 指定要保存的申请文件。');
  if (!existsSync(dirname(output) || '.')) throw new UsageError(`要保存到的文件夹不存在：${dirname(output)}`);
  return withSigning(values.db as string | undefined, async (call) => {
    const made = await call('keys.request', { enrolmentCode: values.code as string | undefined });
    writeFileSync(output, made.text);
    const status = await call('keys.status', {});
    io.out(`已导出密钥申请：${output}`);
    io.out(`密钥指纹：${formatFingerprint(status.personal!.fingerprint)}${values.code ? '' : '（信息科认证时会与您当面核对）'}`);
    return 0;
  });
}

const STEPS: Record<string, (args: ParsedArgs, io: CliIo) => Promise<number>> = {
  'init-bureau': initBureauStep,
  certify: certifyStep,
  revoke: revokeStep,
  'export-list': exportListStep,
  'import-list': importList,
  show: async ({ values }, io) => (values.bureau !== undefined ? showBureau(values, io) : showPc(values, io)),
  new: newKey,
  request,
};

/** Signing keys: IT's bureau root and key list, and each user's own key on their PC. */
export const keysCommand: Command = {
  name: 'keys',
  summary: '签名密钥：信息科生成单位根密钥、认证和吊销密钥、导出单位密钥清单；各电脑导入清单、生成个人密钥',
  usage: USAGE,
  options: {
    name: { type: 'string' },
    unit: { type: 'string' },
    role: { type: 'string' },
    permission: { type: 'string', multiple: true },
    enrol: { type: 'boolean' },
    bureau: { type: 'string' },
    output: { type: 'string', short: 'o' },
    fingerprint: { type: 'string' },
    repin: { type: 'boolean' },
    replace: { type: 'boolean' },
    code: { type: 'string' },
    ...dbOption,
  },
  allowPositionals: true,
  subcommands: {
    'init-bureau': {
      usage: 'dafu keys init-bureau --name 单位全称 [--bureau DIR]',
      summary: '信息科：生成单位根密钥（只做一次），打印要公布的根密钥指纹。根密钥口令从 DAFU_PIN 读取，否则在终端询问两遍。',
    },
    certify: {
      usage:
        'dafu keys certify 申请文件 --role 起草|审核|签发 [--permission 代录签发] [--name 姓名] [--unit 科室] [--bureau DIR]\n    dafu keys certify --enrol --name 姓名 --unit 科室 --role 角色 [--permission 代录签发] [--bureau DIR]',
      summary: '信息科：把本人导出的密钥申请认证进单位密钥清单（无注册码的须当面核对指纹并写明角色）；或用 --enrol 生成一次性注册码交给本人。',
    },
    revoke: {
      usage: 'dafu keys revoke 姓名|用户编号|指纹 [--bureau DIR]',
      summary: '信息科：吊销密钥。自吊销时起用它签的记录各电脑一律不认；吊销前签的仍有效，但吊销后才收到的显示为「撤销后收到，需核实」。',
    },
    'export-list': { usage: 'dafu keys export-list -o 文件 [--bureau DIR]', summary: '信息科：导出签过名的单位密钥清单文件，发给各电脑导入。' },
    'import-list': {
      usage: 'dafu keys import-list 文件 [--fingerprint 指纹] [--repin] [--db FILE]',
      summary:
        '各电脑：导入单位密钥清单。第一次导入时核对信息科公布的根密钥指纹后才认可；以后只接受同一根密钥签发、不比本机旧的清单。导入后重新核验所有审核记录。',
    },
    show: {
      usage: 'dafu keys show [--db FILE]  |  dafu keys show --bureau DIR',
      summary: '显示本机当前用户的密钥、是否经单位认证、本机的单位密钥清单；加 --bureau 显示信息科的清单。',
    },
    new: { usage: 'dafu keys new [--replace] [--db FILE]', summary: '为当前用户在本机生成个人签名密钥（设置签名口令）。私钥不进数据库、备份和草稿包。' },
    request: { usage: 'dafu keys request -o 文件 [--code 注册码] [--db FILE]', summary: '导出当前用户的密钥申请文件，交信息科认证；有注册码时一并写上。' },
  },
  optionHelp: [
    ['--bureau DIR', '信息科存放根密钥和清单的文件夹（也可用环境变量 DAFU_BUREAU；默认当前文件夹下的 dafu-bureau）'],
    ['--name 名称', 'init-bureau：单位全称；certify：姓名'],
    ['--unit 科室', 'certify：科室'],
    ['--role 角色', 'certify：起草、审核或签发（由信息科决定）'],
    ['--permission 权限', 'certify：代录签发（秘书代录领导的纸面签发）'],
    ['--enrol', 'certify：生成一次性注册码，交给本人'],
    ['-o FILE', 'export-list、request：保存到这个文件'],
    ['--fingerprint 指纹', 'import-list：信息科公布的根密钥指纹（第一次导入时核对；不给则在终端询问）'],
    ['--repin', 'import-list：更换本机认可的单位根密钥（须核对新指纹，记入日志）'],
    ['--replace', 'new：忘记签名口令时重新生成（须重新认证）'],
    ['--code 注册码', 'request：信息科给的一次性注册码'],
    dbOptionHelp,
    ['', '签名口令从环境变量 DAFU_PIN 读取；没有设置时在终端询问'],
  ],
  async run(args, io) {
    const [step, ...rest] = args.positionals;
    const run = step === undefined ? undefined : STEPS[step];
    if (!run) throw new UsageError(`请写明要做什么：init-bureau、certify、revoke、export-list、import-list、show、new 或 request（dafu keys --help）`);
    if (step !== 'show' && step !== 'import-list' && step !== 'new' && step !== 'request' && args.values.db !== undefined)
      throw new UsageError(`dafu keys ${step} 在信息科的文件夹里操作（--bureau），不用 --db。`);
    return run({ values: args.values, positionals: rest }, io);
  },
};
