import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventBytes } from '../../../shared/review/reviewEvent';
import { utf8 } from '../../../shared/signing/port';
import { sm2Port } from '../../../shared/signing/sm2';
import { makeBureau, submitApproveSign } from '../../../shared/trust/bureauFixture';
import { publicKeyFromDer, publicKeyPem } from './pem';

// Debian's OpenSSL 3.0: SM2 signatures over SM3 with the standard's default distinguishing id, the raw message in.
const SM2_OPTIONS = ['-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678'];
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dafu-sm2-'));
});

function opensslVerifies(publicKey: string, message: Uint8Array, signature: string): boolean {
  writeFileSync(join(dir, 'pub.pem'), publicKeyPem(publicKey));
  writeFileSync(join(dir, 'msg'), message);
  writeFileSync(join(dir, 'sig'), Buffer.from(signature, 'hex'));
  try {
    return openssl(
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      join(dir, 'pub.pem'),
      '-in',
      join(dir, 'msg'),
      '-sigfile',
      join(dir, 'sig'),
      ...SM2_OPTIONS,
    ).includes('Signature Verified Successfully');
  } catch {
    return false;
  }
}

describe('SM2 signatures agree with OpenSSL 3 both ways', () => {
  it("the library's signatures over a review event verify in OpenSSL, and a changed event does not", () => {
    const bureau = makeBureau();
    const { signer } = bureau.people;
    const event = submitApproveSign(bureau)[2];
    expect(opensslVerifies(signer.keys.publicKey, eventBytes(event), event.signature!.value)).toBe(true);
    expect(opensslVerifies(signer.keys.publicKey, eventBytes({ ...event, signer: '刘副局长' }), event.signature!.value)).toBe(false);
  });

  it("OpenSSL's signatures verify in the library, and a changed message does not", () => {
    openssl('genpkey', '-algorithm', 'SM2', '-out', join(dir, 'openssl.key'));
    const publicKey = publicKeyFromDer(execFileSync('openssl', ['pkey', '-in', join(dir, 'openssl.key'), '-pubout', '-outform', 'DER']));
    for (const text of ['关于对市政协十三届三次会议第011号提案的答复', 'dafu/review-event/v1\n{}']) {
      writeFileSync(join(dir, 'msg'), text);
      openssl('pkeyutl', '-sign', '-inkey', join(dir, 'openssl.key'), '-in', join(dir, 'msg'), '-out', join(dir, 'sig'), ...SM2_OPTIONS);
      const signature = readFileSync(join(dir, 'sig')).toString('hex');
      expect(sm2Port.verify(publicKey, utf8(text), signature)).toBe(true);
      expect(sm2Port.verify(publicKey, utf8(`${text}。`), signature)).toBe(false);
    }
  });

  it('a key written as PEM reads back the same through OpenSSL', () => {
    const { publicKey } = sm2Port.generate();
    writeFileSync(join(dir, 'round.pem'), publicKeyPem(publicKey));
    expect(publicKeyFromDer(execFileSync('openssl', ['pkey', '-pubin', '-in', join(dir, 'round.pem'), '-outform', 'DER']))).toBe(publicKey);
  });
});
