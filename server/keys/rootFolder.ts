import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintOf, formatFingerprint } from '../../shared/signing/port';
import { sm2Port } from '../../shared/signing/sm2';
import { keyListBytes, SignedKeyListSchema, type KeyListBody, type ListedKey, type SignedKeyList } from '../../shared/trust/keyList';
import { openRoot, sealRoot } from './sealedRoot';
import { SealedKeySchema } from '../../shared/signing/sealedKeyFormat';

/**
 * The bureau root key and the key list it signs, in a folder on the server machine: never in
 * PostgreSQL. The layout is the desktop's bureau folder (root.sm2key, keylist.json), so a folder IT
 * made with `dafu keys init-bureau` can be brought as it is.
 */
export class KeyFolderRefused extends Error {}

const HOLDER = 'bureau-root';
export const keyFolderFiles = (dir: string) => ({ root: join(dir, 'root.sm2key'), list: join(dir, 'keylist.json') });

/** Writes a file readable by its owner only, atomically (temp file, fsync, rename). */
function writeOwnerOnly(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

export function hasRootKey(dir: string): boolean {
  const files = keyFolderFiles(dir);
  return existsSync(files.root) && existsSync(files.list);
}

/** The last list verified per file, by its exact text: SM2 verification costs milliseconds, and every request reads the list. */
const verified = new Map<string, { text: string; list: SignedKeyList }>();

export function readKeyList(dir: string): SignedKeyList {
  const file = keyFolderFiles(dir).list;
  if (!existsSync(file)) throw new KeyFolderRefused(`这里没有单位根密钥：${dir}。请先运行 dafu server init。`);
  const text = readFileSync(file, 'utf8');
  const known = verified.get(file);
  if (known?.text === text) return known.list;
  let parsed;
  try {
    parsed = SignedKeyListSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = { success: false as const };
  }
  if (!parsed.success || !sm2Port.verify(parsed.data.body.root, keyListBytes(parsed.data.body), parsed.data.signature)) {
    throw new KeyFolderRefused(`单位密钥清单文件已损坏或被改动过：${file}。请从备份恢复这个文件夹。`);
  }
  verified.set(file, { text, list: parsed.data });
  return parsed.data;
}

export const rootFingerprint = (dir: string) => fingerprintOf(sm2Port, readKeyList(dir).body.root);
export const printedFingerprint = (dir: string) => formatFingerprint(rootFingerprint(dir));

/** Makes the root and an empty list signed by it; refuses a folder that already has one. */
export function initKeyFolder(dir: string, bureau: string, pin: string, now: Date, logN?: number): { fingerprint: string } {
  if (hasRootKey(dir)) throw new KeyFolderRefused(`这个文件夹里已经有单位根密钥：${dir}。`);
  if (pin.length < 6) throw new KeyFolderRefused('根密钥口令至少 6 位。');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const root = sm2Port.generate();
  const files = keyFolderFiles(dir);
  writeOwnerOnly(files.root, `${JSON.stringify(sealRoot(root, HOLDER, pin, now.toISOString(), logN), null, 2)}\n`);
  const body: KeyListBody = { v: 1, bureau, root: root.publicKey, serial: 1, issuedAt: now.toISOString(), keys: [] };
  const signed: SignedKeyList = { format: 'dafu-key-list', body, signature: sm2Port.sign(root.privateKey, root.publicKey, keyListBytes(body)) };
  writeOwnerOnly(files.list, `${JSON.stringify(signed, null, 2)}\n`);
  return { fingerprint: fingerprintOf(sm2Port, root.publicKey) };
}

/** Checks the PIN opens the root; returns an unlocked signer for the list. */
export function unlockRoot(dir: string, pin: string): { publicKey: string; privateKey: string } {
  const sealed = SealedKeySchema.parse(JSON.parse(readFileSync(keyFolderFiles(dir).root, 'utf8')));
  return { publicKey: sealed.publicKey, privateKey: openRoot(sealed, pin) };
}

/** Adds a certified key to the list, re-signed with a higher serial. */
export function certifyIntoList(dir: string, root: { publicKey: string; privateKey: string }, entry: ListedKey, now: Date): SignedKeyList {
  const current = readKeyList(dir).body;
  if (current.root !== root.publicKey) throw new KeyFolderRefused('根密钥与单位密钥清单不符。');
  if (current.keys.some((listed) => listed.key === entry.key)) throw new KeyFolderRefused('这把密钥已在单位密钥清单中。');
  const body: KeyListBody = { ...current, keys: [...current.keys, entry], serial: current.serial + 1, issuedAt: now.toISOString() };
  const signed: SignedKeyList = { format: 'dafu-key-list', body, signature: sm2Port.sign(root.privateKey, root.publicKey, keyListBytes(body)) };
  writeOwnerOnly(keyFolderFiles(dir).list, `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}
