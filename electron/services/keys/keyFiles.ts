import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SealedKeySchema, type KeyVault } from '../../../shared/signing/sealedKeyFormat';

/**
 * Where private keys rest: files readable only by their owner (0600, in a 0700 folder), never inside
 * the database, its backups or a package, each key sealed with its holder's PIN. This is the store of
 * the CLI and the loopback host, and the one the tests exercise. The packaged app also wraps each file
 * in the operating system's protected store (Electron's safeStorage, see OuterLayer): that layer cannot
 * run here and is unverified.
 */
/** Writes `text` so that only the owner can read it, replacing any file there in one step. */
export function writeOwnerOnly(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/** Whether a file is readable by anyone but its owner (always false where modes mean nothing, on Windows). */
export const readableByOthers = (file: string) => process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0;

/** An extra layer the operating system keeps the key for (Electron's safeStorage: DPAPI, Keychain, libsecret). */
export interface OuterLayer {
  encrypt(text: string): Buffer;
  decrypt(bytes: Buffer): string;
}

const WRAPPED = 'dafu-wrapped:';

export function fileVault(dir: string, outer?: OuterLayer): KeyVault {
  const path = (name: string) => join(dir, `${name}.sm2key`);
  return {
    where: dir,
    read(name) {
      const file = path(name);
      if (!existsSync(file)) return undefined;
      // A key file others can read was copied or unpacked carelessly: tighten it before use.
      if (readableByOthers(file)) chmodSync(file, 0o600);
      let text = readFileSync(file, 'utf8');
      if (text.startsWith(WRAPPED)) {
        if (!outer) throw new Error(`密钥文件由本机系统的密钥保护加密，这里读不了：${file}`);
        text = outer.decrypt(Buffer.from(text.slice(WRAPPED.length), 'base64'));
      }
      const parsed = SealedKeySchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`密钥文件已损坏：${file}`);
      return parsed.data;
    },
    write(name, sealed) {
      const text = `${JSON.stringify(sealed, null, 2)}\n`;
      writeOwnerOnly(path(name), outer ? `${WRAPPED}${outer.encrypt(text).toString('base64')}` : text);
    },
  };
}
