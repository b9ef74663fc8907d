import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { USER_PERMISSIONS, USER_ROLES, type UserPermission, type UserRole } from '../../../shared/review/users';
import { formatFingerprint, fingerprintOf } from '../../../shared/signing/port';
import { sm2Port } from '../../../shared/signing/sm2';
import { keyListBytes, SignedKeyListSchema, type KeyListBody, type ListedKey, type SignedKeyList } from '../../../shared/trust/keyList';
import { keyRequestBytes, readKeyRequest } from '../../../shared/trust/keyRequest';
import { codeKey, macMatches, newEnrolmentCode } from './enrolmentCode';
import { writeOwnerOnly } from './keyFiles';
import { openKey, pinProblem, sealKey, WrongPin } from './sealedKey';
import { SealedKeySchema } from '../../../shared/signing/sealedKeyFormat';

/**
 * IT's side: the bureau root key and the key list it signs, kept in one folder on IT's own machine
 * (or the server), never on a clerk's PC. The root's private key is sealed with IT's PIN like any
 * personal key; every change re-signs the whole list with a higher serial and is written to the log.
 */
export class BureauRefused extends Error {}

const ROOT_HOLDER = 'bureau-root';
const ENROLMENT_DAYS = 14;

export const bureauFiles = (dir: string) => ({
  root: join(dir, 'root.sm2key'),
  list: join(dir, 'keylist.json'),
  enrolments: join(dir, 'enrolments.json'),
  log: join(dir, 'bureau-log.txt'),
});

const EnrolmentSchema = z
  .object({
    key: z.string().regex(/^[0-9a-f]{64}$/),
    name: z.string(),
    unit: z.string(),
    role: z.enum(USER_ROLES),
    permissions: z.array(z.enum(USER_PERMISSIONS)),
    createdAt: z.string(),
    expiresAt: z.string(),
    usedAt: z.string().nullable(),
  })
  .strict();
type Enrolment = z.infer<typeof EnrolmentSchema>;

function log(dir: string, now: Date, line: string): void {
  appendFileSync(bureauFiles(dir).log, `${now.toISOString()} ${line}\n`, { mode: 0o600 });
}

export function readBureauList(dir: string): SignedKeyList {
  const file = bureauFiles(dir).list;
  if (!existsSync(file)) throw new BureauRefused(`这里还没有单位根密钥：${dir}。请先运行 dafu keys init-bureau。`);
  const parsed = SignedKeyListSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success || !sm2Port.verify(parsed.data.body.root, keyListBytes(parsed.data.body), parsed.data.signature)) {
    throw new BureauRefused(`单位密钥清单文件已损坏或被改动过：${file}。请从备份恢复这个文件夹。`);
  }
  return parsed.data;
}

export const rootFingerprint = (dir: string) => fingerprintOf(sm2Port, readBureauList(dir).body.root);

function openRoot(dir: string, pin: string) {
  const sealed = SealedKeySchema.parse(JSON.parse(readFileSync(bureauFiles(dir).root, 'utf8')));
  try {
    return { privateKey: openKey(sealed, pin), publicKey: sealed.publicKey };
  } catch (error) {
    if (error instanceof WrongPin) throw new BureauRefused('根密钥口令不对。');
    throw error;
  }
}

/** Signs `body` with the root (its serial one higher than the list's now) and writes it as the current list. */
function writeList(dir: string, pin: string, change: (body: KeyListBody) => KeyListBody, now: Date): SignedKeyList {
  const root = openRoot(dir, pin);
  const current = readBureauList(dir).body;
  const body = { ...change(current), serial: current.serial + 1, issuedAt: now.toISOString() };
  const signed: SignedKeyList = { format: 'dafu-key-list', body, signature: sm2Port.sign(root.privateKey, root.publicKey, keyListBytes(body)) };
  writeOwnerOnly(bureauFiles(dir).list, `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}

/** Makes the bureau root and an empty key list signed by it; refuses a folder that already has one. */
export function initBureau(dir: string, bureau: string, pin: string, now: Date, kdfCost?: number): { fingerprint: string } {
  const files = bureauFiles(dir);
  if (existsSync(files.root) || existsSync(files.list))
    throw new BureauRefused(`这个文件夹里已经有单位根密钥：${dir}。根密钥只做一次；要重做请换一个空文件夹，并通知各电脑重新认可。`);
  const problem = pinProblem(pin);
  if (problem) throw new BureauRefused(problem.replace('签名口令', '根密钥口令'));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = sm2Port.generate();
  writeOwnerOnly(files.root, `${JSON.stringify(sealKey(root, ROOT_HOLDER, pin, now.toISOString(), kdfCost), null, 2)}\n`);
  const body: KeyListBody = { v: 1, bureau, root: root.publicKey, serial: 1, issuedAt: now.toISOString(), keys: [] };
  writeOwnerOnly(
    files.list,
    `${JSON.stringify({ format: 'dafu-key-list', body, signature: sm2Port.sign(root.privateKey, root.publicKey, keyListBytes(body)) }, null, 2)}\n`,
  );
  const fingerprint = fingerprintOf(sm2Port, root.publicKey);
  log(dir, now, `init-bureau ${bureau} root ${formatFingerprint(fingerprint)}`);
  return { fingerprint };
}

export interface Enrolling {
  name: string;
  unit: string;
  role: UserRole;
  permissions: UserPermission[];
}

function readEnrolments(dir: string): Enrolment[] {
  const file = bureauFiles(dir).enrolments;
  return existsSync(file) ? z.array(EnrolmentSchema).parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

/** A one-time enrolment code for a person IT names, in the role IT gives; valid for two weeks. */
export function addEnrolment(dir: string, person: Enrolling, now: Date): { code: string; expiresAt: string } {
  readBureauList(dir);
  const code = newEnrolmentCode();
  const expiresAt = new Date(now.getTime() + ENROLMENT_DAYS * 86_400_000).toISOString();
  const enrolment: Enrolment = { key: codeKey(code), ...person, createdAt: now.toISOString(), expiresAt, usedAt: null };
  writeOwnerOnly(bureauFiles(dir).enrolments, `${JSON.stringify([...readEnrolments(dir), enrolment], null, 2)}\n`);
  log(dir, now, `enrolment-code ${person.name}（${person.unit}）${person.role}`);
  return { code, expiresAt };
}

export interface Certifying {
  role?: UserRole;
  permissions?: UserPermission[];
  name?: string;
  unit?: string;
}

/**
 * Certifies the key in a request file into the list. A request made with an enrolment code takes the
 * name, 科室, role and permissions IT gave with the code, and uses the code up. One without a code
 * needs IT to name the role, having checked in person that the fingerprint is the user's.
 */
export function certifyRequest(dir: string, pin: string, requestText: string, given: Certifying, now: Date): { entry: ListedKey; viaCode: boolean } {
  const read = readKeyRequest(requestText, sm2Port);
  if (!read.ok) throw new BureauRefused(read.reason);
  const { body, enrolment } = read.request;
  const list = readBureauList(dir).body;
  if (list.keys.some((entry) => entry.key === body.key)) throw new BureauRefused(`这把密钥已在单位密钥清单中（${body.name}）。`);
  let person: Enrolling;
  const enrolments = readEnrolments(dir);
  let used: Enrolment | undefined;
  if (enrolment) {
    used = enrolments.find((candidate) => candidate.usedAt === null && macMatches(candidate.key, keyRequestBytes(body), enrolment.mac));
    if (!used) throw new BureauRefused('申请文件所用的注册码不对、已用过或已作废。请核对后重新给本人一个注册码。');
    if (used.expiresAt <= now.toISOString()) throw new BureauRefused('申请文件所用的注册码已过期。请重新给本人一个注册码。');
    person = { name: used.name, unit: used.unit, role: used.role, permissions: used.permissions };
  } else {
    if (!given.role) throw new BureauRefused('没有注册码的申请须由信息科用 --role 写明角色（起草、审核或签发），并先当面核对密钥指纹。');
    person = { name: given.name ?? body.name, unit: given.unit ?? body.unit, role: given.role, permissions: given.permissions ?? [] };
  }
  const entry: ListedKey = {
    key: body.key,
    userId: body.userId,
    ...person,
    validFrom: body.createdAt < now.toISOString() ? body.createdAt : now.toISOString(),
    revokedAt: null,
  };
  writeList(dir, pin, (current) => ({ ...current, keys: [...current.keys, entry] }), now);
  if (used) {
    const usedAt = now.toISOString();
    writeOwnerOnly(
      bureauFiles(dir).enrolments,
      `${JSON.stringify(
        enrolments.map((candidate) => (candidate === used ? { ...candidate, usedAt } : candidate)),
        null,
        2,
      )}\n`,
    );
  }
  log(
    dir,
    now,
    `certify ${entry.name}（${entry.unit}）${entry.role} ${entry.userId} key ${formatFingerprint(fingerprintOf(sm2Port, entry.key))}${used ? ' with enrolment code' : ''}`,
  );
  return { entry, viaCode: Boolean(used) };
}

/** The entries a selector names: a user id, a name (if only one person has it), or a key's fingerprint (at least its first 8 characters). */
export function selectKeys(list: KeyListBody, selector: string): ListedKey[] {
  const print = selector.replace(/[\s-]/g, '').toLowerCase();
  const byPrint = /^[0-9a-f]{8,64}$/.test(print) ? list.keys.filter((entry) => fingerprintOf(sm2Port, entry.key).startsWith(print)) : [];
  if (byPrint.length > 0) return byPrint;
  const byId = list.keys.filter((entry) => entry.userId === selector);
  if (byId.length > 0) return byId;
  const byName = list.keys.filter((entry) => entry.name === selector);
  if (new Set(byName.map((entry) => entry.userId)).size > 1) throw new BureauRefused(`有不止一位「${selector}」，请用用户编号或密钥指纹指明。`);
  return byName;
}

/** Revokes the keys a selector names, as of now; what was signed before stays verified. */
export function revokeKeys(dir: string, pin: string, selector: string, now: Date): ListedKey[] {
  const chosen = selectKeys(readBureauList(dir).body, selector).filter((entry) => entry.revokedAt === null);
  if (chosen.length === 0) throw new BureauRefused(`单位密钥清单中没有「${selector}」的有效密钥。`);
  const revokedAt = now.toISOString();
  const keys = new Set(chosen.map((entry) => entry.key));
  writeList(dir, pin, (current) => ({ ...current, keys: current.keys.map((entry) => (keys.has(entry.key) ? { ...entry, revokedAt } : entry)) }), now);
  for (const entry of chosen) log(dir, now, `revoke ${entry.name}（${entry.unit}）${entry.userId} key ${formatFingerprint(fingerprintOf(sm2Port, entry.key))}`);
  return chosen.map((entry) => ({ ...entry, revokedAt }));
}

/** The current list as a file to hand out, and a line in the log. */
export function exportBureauList(dir: string, now: Date): string {
  const signed = readBureauList(dir);
  log(dir, now, `export-list serial ${signed.body.serial}`);
  return `${JSON.stringify(signed, null, 2)}\n`;
}
