import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprintOf, formatFingerprint } from '../../shared/signing/port';
import { sm2Port } from '../../shared/signing/sm2';
import { approveKey, pendingKeys } from '../accounts/keyApproval';
import {
  AccountRefused,
  addAccount,
  disableAccount,
  listAccounts,
  resetAccount,
  SERVER_ROLE_LABELS,
  SERVER_ROLES,
  type ServerRole,
} from '../accounts/accounts';
import { readAudit } from '../accounts/audit';
import { openPool } from '../db/pool';
import { KeyFolderRefused } from '../keys/rootFolder';
import { WrongRootPin } from '../keys/sealedRoot';
import { initServer, ServerRefused, startServer } from '../startup/serverMain';

/** What the server's commands need from the terminal; tests pass their own. */
export interface ServerIo {
  out(line: string): void;
  err(line: string): void;
  /** All of standard input (for --password-stdin). */
  readStdin(): Promise<string>;
  env: Record<string, string | undefined>;
  /** Resolves when `start` should stop (SIGINT/SIGTERM). */
  stopSignal: Promise<void>;
}

class Usage extends Error {}

const USAGE = [
  '用法：dafu server <步骤> [选项]',
  '',
  '  init  --pg 地址 [--keys 文件夹] [--bureau 单位全称]      建表（按编号迁移），生成或沿用单位根密钥（放在文件夹里，不进数据库）',
  '  start --pg 地址 [--listen 地址:端口] [--keys 文件夹] [--tls-dir 文件夹 | --insecure-loopback]',
  '                                                           启动服务器，打印地址和证书指纹；根密钥口令取自 DAFU_PIN',
  '  user add 用户名 --role drafter|reviewer|signer|office|admin --unit 科室 --password-stdin --pg 地址 [--name 姓名] [--permission paperSign]',
  '  user reset 用户名 --password-stdin --pg 地址          重设密码并给新的登记码',
  '  user disable 用户名 --pg 地址                          停用账户（立即结束其登录）',
  '  user list [--json] --pg 地址',
  '  keys pending --pg 地址                                 等待认证的新密钥（换电脑、忘记签名口令后重新生成的）',
  '  keys approve 申请编号 --pg 地址 [--keys 文件夹]         核对指纹后认证（根密钥口令取自 DAFU_PIN）',
  '  audit [--json] [-o 文件] --pg 地址                     审计日志（只增不改），可导出',
  '',
  '地址形如 postgres://用户@主机:5432/数据库；密码可放在 PGPASSWORD 环境变量里。',
];

const OPTIONS = {
  pg: { type: 'string' },
  keys: { type: 'string' },
  bureau: { type: 'string' },
  listen: { type: 'string' },
  'tls-dir': { type: 'string' },
  'insecure-loopback': { type: 'boolean' },
  role: { type: 'string' },
  unit: { type: 'string' },
  name: { type: 'string' },
  permission: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

const actor = () => `cli:${userInfo().username}`;

function needPg(values: { pg?: string }, env: ServerIo['env']): string {
  const url = values.pg ?? env.DAFU_PG;
  if (!url) throw new Usage('请用 --pg 给出 PostgreSQL 的连接地址（或设置 DAFU_PG）。');
  return url;
}

async function password(values: { 'password-stdin'?: boolean }, io: ServerIo): Promise<string> {
  if (!values['password-stdin']) throw new Usage('请用 --password-stdin 从标准输入给出密码（不要写在命令行上）。');
  return (await io.readStdin()).replace(/\r?\n$/, '');
}

export async function runServerCli(argv: readonly string[], io: ServerIo): Promise<number> {
  try {
    const { values, positionals } = (() => {
      try {
        return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
      } catch (error) {
        throw new Usage(error instanceof Error ? error.message : String(error));
      }
    })();
    const [step, sub, target] = positionals;
    if (values.help || step === undefined) {
      USAGE.forEach(io.out);
      return step === undefined && !values.help ? 2 : 0;
    }
    if (step === 'init') {
      const keysDir = resolve(values.keys ?? 'dafu-bureau');
      const result = await initServer({
        pg: needPg(values, io.env),
        keysDir,
        bureau: values.bureau ?? io.env.DAFU_BUREAU_NAME ?? '本单位',
        pin: async () => {
          const pin = io.env.DAFU_PIN;
          if (!pin) throw new Usage('请在环境变量 DAFU_PIN 里给出根密钥口令（至少 6 位，请妥善保管）。');
          return pin;
        },
        now: new Date(),
      });
      io.out(result.migrations.length > 0 ? `数据库结构已更新到第 ${result.migrations[result.migrations.length - 1]} 版。` : '数据库结构已是最新。');
      io.out(result.madeRoot ? `已生成单位根密钥，存放在：${keysDir}（不在数据库里；请离线备份这个文件夹和口令）` : `沿用已有的单位根密钥：${keysDir}`);
      io.out(`根密钥指纹：${formatFingerprint(result.fingerprint)}`);
      return 0;
    }
    if (step === 'start') {
      const running = await startServer({
        pg: needPg(values, io.env),
        listen: values.listen ?? '0.0.0.0:8443',
        keysDir: values.keys ? resolve(values.keys) : undefined,
        tlsDir: values['tls-dir'] ? resolve(values['tls-dir']) : undefined,
        insecureLoopback: values['insecure-loopback'] ?? false,
        rootPin: io.env.DAFU_PIN,
      });
      io.out(`服务器已启动：${running.url}`);
      io.out(running.certificateFingerprint ? `证书指纹（SHA-256）：${running.certificateFingerprint}` : '注意：未加密（--insecure-loopback），只供本机测试。');
      io.out(`根密钥指纹：${formatFingerprint(running.rootFingerprint)}`);
      if (!io.env.DAFU_PIN) io.err('没有设置 DAFU_PIN：根密钥未解开，登录照常，但登记码暂时不能认证密钥。');
      await io.stopSignal;
      await running.close();
      io.out('服务器已停止。');
      return 0;
    }
    if (step === 'user') {
      const pool = openPool(needPg(values, io.env), 2);
      try {
        const now = new Date();
        if (sub === 'add') {
          if (!target) throw new Usage('请写明用户名：dafu server user add 用户名 --role … --unit …');
          const role = values.role as ServerRole;
          if (!SERVER_ROLES.includes(role))
            throw new Usage('请用 --role 写明角色：drafter（起草）、reviewer（审核）、signer（签发）、office（办公室）或 admin（管理员）。');
          if (values.unit === undefined) throw new Usage('请用 --unit 写明科室。');
          const { account, code, expiresAt } = await addAccount(
            pool,
            actor(),
            { login: target, name: values.name, unit: values.unit, role, permissions: values.permission, password: await password(values, io) },
            now,
          );
          io.out(`已建账户「${account.login}」（${account.name}，${account.unit || '未填科室'}，${SERVER_ROLE_LABELS[account.role]}）。`);
          io.out(`登记码：${code}`);
          io.out(
            `请当面或电话把登记码交给本人，${expiresAt.toISOString().slice(0, 10)} 前有效，只能用一次。本人第一次连接服务器时填写它，本人的签名密钥即得到认证。`,
          );
          return 0;
        }
        if (sub === 'reset') {
          if (!target) throw new Usage('请写明用户名。');
          const { code, expiresAt } = await resetAccount(pool, actor(), target, await password(values, io), now);
          io.out(`已重设「${target}」的密码，原有登录已全部结束。`);
          io.out(`登记码：${code}`);
          io.out(`${expiresAt.toISOString().slice(0, 10)} 前有效，只能用一次；以前的登记码作废。`);
          return 0;
        }
        if (sub === 'disable') {
          if (!target) throw new Usage('请写明用户名。');
          await disableAccount(pool, actor(), target, now);
          io.out(`已停用「${target}」，其登录已全部结束。用 dafu server user reset 可重新启用。`);
          return 0;
        }
        if (sub === 'list') {
          const accounts = await listAccounts(pool);
          if (values.json) io.out(JSON.stringify(accounts, null, 2));
          else for (const a of accounts) io.out(`${a.login}\t${a.name}\t${a.unit}\t${SERVER_ROLE_LABELS[a.role]}${a.disabled ? '\t已停用' : ''}`);
          return 0;
        }
        throw new Usage('user 的步骤是 add、reset、disable 或 list。');
      } finally {
        await pool.end();
      }
    }
    if (step === 'keys') {
      const pool = openPool(needPg(values, io.env), 2);
      try {
        if (sub === 'pending') {
          const waiting = await pendingKeys(pool);
          if (values.json) io.out(JSON.stringify(waiting, null, 2));
          else if (waiting.length === 0) io.out('没有等待认证的密钥。');
          else for (const w of waiting) io.out(`${w.id}\t${w.login}（${w.name}，${w.unit}）\t指纹 ${w.fingerprint}\t${w.createdAt}`);
          return 0;
        }
        if (sub === 'approve') {
          if (!target) throw new Usage('请写明申请编号（dafu server keys pending 列出）。');
          const pin = io.env.DAFU_PIN;
          if (!pin) throw new Usage('请在环境变量 DAFU_PIN 里给出根密钥口令。');
          const { rows } = await pool.query<{ value: string }>("SELECT value FROM server_settings WHERE name = 'keys_dir'");
          const keysDir = values.keys ? resolve(values.keys) : rows[0]?.value;
          if (!keysDir) throw new Usage('这个数据库还没有初始化（dafu server init）。');
          const entry = await approveKey(pool, keysDir, pin, actor(), target, new Date());
          io.out(
            `已认证 ${entry.name}（${entry.unit}，${SERVER_ROLE_LABELS[entry.role]}）的新密钥，指纹 ${formatFingerprint(fingerprintOf(sm2Port, entry.key))}。各电脑下次同步时取得新的单位密钥清单。`,
          );
          return 0;
        }
        throw new Usage('keys 的步骤是 pending 或 approve。');
      } finally {
        await pool.end();
      }
    }
    if (step === 'audit') {
      const pool = openPool(needPg(values, io.env), 2);
      try {
        const entries = await readAudit(pool);
        const text =
          values.json || values.out
            ? `${JSON.stringify(entries, null, 2)}\n`
            : entries.map((e) => `${e.seq}\t${e.at}\t${e.actor}\t${e.action}\t${JSON.stringify(e.detail)}`).join('\n');
        if (values.out) {
          writeFileSync(values.out, text, { mode: 0o600 });
          io.out(`已导出 ${entries.length} 条审计记录到 ${values.out}`);
        } else if (text) io.out(text);
        return 0;
      } finally {
        await pool.end();
      }
    }
    throw new Usage(`没有“${step}”这个步骤。运行 dafu server --help 查看用法。`);
  } catch (error) {
    if (error instanceof Usage) {
      io.err(`dafu server: ${error.message}`);
      return 2;
    }
    if (error instanceof AccountRefused || error instanceof ServerRefused || error instanceof KeyFolderRefused || error instanceof WrongRootPin) {
      io.err(`dafu server: ${error.message}`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (/ECONNREFUSED|ENOTFOUND|password authentication|does not exist/.test(message)) {
      io.err(`dafu server: 连不上 PostgreSQL：${message}`);
      return 1;
    }
    throw error;
  }
}
