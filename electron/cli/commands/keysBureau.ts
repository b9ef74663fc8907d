import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatFingerprint, fingerprintOf } from '../../../shared/signing/port';
import { sm2Port } from '../../../shared/signing/sm2';
import { addEnrolment, BureauRefused, certifyRequest, exportBureauList, initBureau, readBureauList, revokeKeys } from '../../services/keys/bureau';
import { UsageError, type CliIo, type ParsedArgs } from '../common/command';
import { describeRole, parsePermissions, parseRole } from './people';
import { readPin } from '../common/pin';

/** IT's folder: --bureau, else DAFU_BUREAU, else dafu-bureau in the current folder. */
export const bureauDir = (values: ParsedArgs['values']) => resolve(String(values.bureau ?? process.env.DAFU_BUREAU ?? 'dafu-bureau'));

const day = (instant: string) => instant.slice(0, 10);
const shortPrint = (publicKey: string) => formatFingerprint(fingerprintOf(sm2Port, publicKey)).slice(0, 19);

/** Runs an IT step, turning its refusal into the one line the CLI prints (exit 1). */
async function refusing(work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BureauRefused) throw new Error(error.message);
    throw error;
  }
}

export const initBureauStep = ({ values }: ParsedArgs, io: CliIo) =>
  refusing(async () => {
    const name = String(values.name ?? '').trim();
    if (!name) throw new UsageError('请用 --name 写明单位全称（如 --name 柳州市商务局）。');
    const dir = bureauDir(values);
    const pin = await readPin('请设置根密钥口令（至少 6 位，请妥善保管）：', true);
    const { fingerprint } = initBureau(dir, name, pin, new Date());
    io.out(`已为「${name}」生成单位根密钥，存放在：${dir}`);
    io.out(`根密钥指纹：${formatFingerprint(fingerprint)}`);
    io.out(
      '请把这个指纹公布给各科室（书面通知或内网公告）。各电脑第一次导入单位密钥清单时要核对它。这个文件夹只放在信息科自己的电脑或服务器上，不要放到科员的电脑上，并做好备份。',
    );
    return 0;
  });

export const certifyStep = ({ values, positionals }: ParsedArgs, io: CliIo) =>
  refusing(async () => {
    const dir = bureauDir(values);
    if (values.enrol) {
      if (positionals.length > 0) throw new UsageError('用 --enrol 生成注册码时不需要申请文件。');
      const name = String(values.name ?? '').trim();
      if (!name) throw new UsageError('请用 --name 写明要注册的人的姓名。');
      const person = { name, unit: String(values.unit ?? '').trim(), role: parseRole(values.role), permissions: parsePermissions(values.permission) };
      const { code, expiresAt } = addEnrolment(dir, person, new Date());
      io.out(`${person.name}（${person.unit || '未填科室'}，${describeRole(person.role, person.permissions)}）的一次性注册码：${code}`);
      io.out(
        `请当面或电话把注册码交给本人，${day(expiresAt)} 前有效，只能用一次。本人在自己的电脑上运行 dafu keys request --code 注册码 -o 申请文件，把申请文件交回信息科，再运行 dafu keys certify 申请文件。`,
      );
      return 0;
    }
    const [file] = positionals;
    if (positionals.length !== 1) throw new UsageError('请给出本人导出的密钥申请文件（dafu keys certify 申请文件 --role 起草），或用 --enrol 生成注册码。');
    if (!existsSync(file)) throw new UsageError(`找不到文件：${file}`);
    const given = {
      role: values.role === undefined ? undefined : parseRole(values.role),
      permissions: values.permission === undefined ? undefined : parsePermissions(values.permission),
      name: values.name === undefined ? undefined : String(values.name),
      unit: values.unit === undefined ? undefined : String(values.unit),
    };
    const pin = await readPin('请输入根密钥口令：');
    const { entry, viaCode } = certifyRequest(dir, pin, readFileSync(file, 'utf8'), given, new Date());
    const list = readBureauList(dir).body;
    io.out(`已认证：${entry.name}（${entry.unit || '未填科室'}，${describeRole(entry.role, entry.permissions)}），用户编号 ${entry.userId}`);
    io.out(`密钥指纹：${formatFingerprint(fingerprintOf(sm2Port, entry.key))}${viaCode ? '（凭注册码）' : '（请确认已与本人当面核对过这个指纹）'}`);
    io.out(`单位密钥清单现为第 ${list.serial} 版。用 dafu keys export-list -o 文件 导出后发给各电脑。`);
    return 0;
  });

export const revokeStep = ({ values, positionals }: ParsedArgs, io: CliIo) =>
  refusing(async () => {
    if (positionals.length !== 1) throw new UsageError('请写明要吊销谁的密钥：姓名、用户编号或密钥指纹（dafu keys revoke 王晶）。');
    const dir = bureauDir(values);
    const pin = await readPin('请输入根密钥口令：');
    const revoked = revokeKeys(dir, pin, positionals[0], new Date());
    for (const entry of revoked)
      io.out(`已吊销：${entry.name}（${entry.unit || '未填科室'}）的密钥 ${shortPrint(entry.key)}…，自 ${entry.revokedAt} 起用它签的记录一律不认。`);
    io.out(`单位密钥清单现为第 ${readBureauList(dir).body.serial} 版。请尽快导出并发给各电脑。`);
    return 0;
  });

export const exportListStep = ({ values, positionals }: ParsedArgs, io: CliIo) =>
  refusing(async () => {
    if (positionals.length > 0) throw new UsageError(`多余的参数“${positionals[0]}”（dafu keys export-list -o 文件）`);
    const output = values.output as string | undefined;
    if (!output) throw new UsageError('请用 -o 指定要保存的单位密钥清单文件。');
    if (!existsSync(dirname(output) || '.')) throw new UsageError(`要保存到的文件夹不存在：${dirname(output)}`);
    const dir = bureauDir(values);
    writeFileSync(output, exportBureauList(dir, new Date()));
    const { body } = readBureauList(dir);
    io.out(`已导出单位密钥清单（${body.bureau}，第 ${body.serial} 版，${body.keys.length} 把密钥）：${output}`);
    io.out(`根密钥指纹：${formatFingerprint(fingerprintOf(sm2Port, body.root))}`);
    return 0;
  });

/** The bureau's own list as IT sees it. */
export function showBureau(values: ParsedArgs['values'], io: CliIo): number {
  const { body } = readBureauList(bureauDir(values));
  io.out(`单位：${body.bureau}`);
  io.out(`根密钥指纹：${formatFingerprint(fingerprintOf(sm2Port, body.root))}`);
  io.out(`单位密钥清单第 ${body.serial} 版（${day(body.issuedAt)}），${body.keys.length} 把密钥：`);
  for (const entry of body.keys) {
    const state = entry.revokedAt ? `已于 ${day(entry.revokedAt)} 吊销` : '有效';
    io.out(
      `  ${entry.name}（${entry.unit || '未填科室'}，${describeRole(entry.role, entry.permissions)}）  用户编号 ${entry.userId}  指纹 ${shortPrint(entry.key)}…  ${day(entry.validFrom)} 起  ${state}`,
    );
  }
  return 0;
}
