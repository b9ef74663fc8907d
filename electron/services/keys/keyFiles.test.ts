import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sm2Port } from '../../../shared/signing/sm2';
import { fileVault, type OuterLayer } from './keyFiles';
import { openKey, sealKey, WrongPin } from './sealedKey';

const keys = sm2Port.generate();
const sealed = sealKey(keys, 'user-1', '730915', '2026-05-26T02:00:00.000Z', 10);
const ownerOnly = process.platform === 'win32' ? it.skip : it;

describe('a private key at rest', () => {
  it('opens only with its PIN, and not when the holder or public key recorded beside it was changed', () => {
    expect(openKey(sealed, '730915')).toBe(keys.privateKey);
    expect(() => openKey(sealed, '730916')).toThrow(WrongPin);
    expect(() => openKey({ ...sealed, holder: 'user-2' }, '730915')).toThrow(WrongPin);
    expect(() => openKey({ ...sealed, publicKey: sm2Port.generate().publicKey }, '730915')).toThrow(WrongPin);
    expect(JSON.stringify(sealed)).not.toContain(keys.privateKey);
  });

  ownerOnly('is written readable by its owner only, and a copy others can read is tightened before use', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-vault-'));
    const vault = fileVault(dir);
    vault.write('user-1', sealed);
    const file = join(dir, 'user-1.sm2key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    chmodSync(file, 0o644);
    expect(vault.read('user-1')).toEqual(sealed);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(vault.read('nobody')).toBeUndefined();
  });

  it('can be wrapped once more by the operating system (safeStorage in the packaged app, here a stand-in) and still read a file written without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dafu-vault-'));
    const standIn: OuterLayer = {
      encrypt: (text) => Buffer.from([...Buffer.from(text)].map((byte) => byte ^ 0x5a)),
      decrypt: (bytes) => Buffer.from([...bytes].map((byte) => byte ^ 0x5a)).toString(),
    };
    fileVault(dir).write('plain', sealed);
    const wrapped = fileVault(dir, standIn);
    wrapped.write('user-1', sealed);
    expect(readFileSync(join(dir, 'user-1.sm2key'), 'utf8')).toMatch(/^dafu-wrapped:/);
    expect(wrapped.read('user-1')).toEqual(sealed);
    expect(wrapped.read('plain')).toEqual(sealed);
    expect(() => fileVault(dir).read('user-1')).toThrow('系统的密钥保护');
  });
});
