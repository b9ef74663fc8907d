import { describe, expect, it } from 'vitest';
import { fingerprintOf, formatFingerprint, hexToBytes, normaliseFingerprint, utf8 } from './port';
import { readDerSignature, sm2Port } from './sm2';

// GB/T 32918.2-2016 (GM/T 0003.2-2012) Annex A, on the recommended curve, with the default distinguishing id 1234567812345678.
const VECTOR = {
  privateKey: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey: '04' + '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' + 'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};

const der = (r: string, s: string) => {
  const integer = (hex: string) => (parseInt(hex.slice(0, 2), 16) & 0x80 ? `00${hex}` : hex);
  const [ri, si] = [integer(r), integer(s)];
  const body = `02${(ri.length / 2).toString(16).padStart(2, '0')}${ri}02${(si.length / 2).toString(16).padStart(2, '0')}${si}`;
  return `30${(body.length / 2).toString(16).padStart(2, '0')}${body}`;
};

describe('SM2 with SM3 through the JavaScript library', () => {
  it("derives the standard's public key and verifies its example signature", () => {
    expect(sm2Port.publicKeyOf(VECTOR.privateKey)).toBe(VECTOR.publicKey);
    expect(sm2Port.verify(VECTOR.publicKey, utf8(VECTOR.message), der(VECTOR.r, VECTOR.s))).toBe(true);
    expect(sm2Port.verify(VECTOR.publicKey, utf8('message digesT'), der(VECTOR.r, VECTOR.s))).toBe(false);
  });

  it('hashes with SM3 as the standard says (GB/T 32905 example "abc")', () => {
    expect(sm2Port.sm3(utf8('abc'))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('signs and verifies with a fresh key, in strict DER', () => {
    const keys = sm2Port.generate();
    for (let i = 0; i < 20; i++) {
      const message = utf8(`签发 ${i}`);
      const signature = sm2Port.sign(keys.privateKey, keys.publicKey, message);
      expect(readDerSignature(signature)).not.toBeNull();
      expect(sm2Port.verify(keys.publicKey, message, signature)).toBe(true);
      expect(sm2Port.verify(sm2Port.generate().publicKey, message, signature)).toBe(false);
    }
  });

  it('refuses a signature in loose DER, out of range, with bytes after it, or a key off the curve', () => {
    const good = der(VECTOR.r, VECTOR.s);
    expect(sm2Port.verify(VECTOR.publicKey, utf8(VECTOR.message), `${good}00`)).toBe(false);
    expect(
      readDerSignature(
        good.replace(/^30(..)02(..)/, (_, total, length) => `30${(parseInt(total, 16) + 1).toString(16)}02${(parseInt(length, 16) + 1).toString(16)}00`),
      ),
    ).toBeNull();
    expect(readDerSignature(der('00'.repeat(32), VECTOR.s))).toBeNull();
    expect(readDerSignature(der('fffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123', VECTOR.s))).toBeNull();
    expect(sm2Port.verify(`04${'11'.repeat(64)}`, utf8(VECTOR.message), good)).toBe(false);
    expect(sm2Port.verify(VECTOR.publicKey, utf8(VECTOR.message), 'zz')).toBe(false);
  });

  it('shows a fingerprint in groups of four and reads one back however it was typed', () => {
    const fingerprint = fingerprintOf(sm2Port, VECTOR.publicKey);
    expect(fingerprint).toBe(sm2Port.sm3(hexToBytes(VECTOR.publicKey)));
    const shown = formatFingerprint(fingerprint);
    expect(shown.split(' ')).toHaveLength(16);
    expect(normaliseFingerprint(shown.replace(/ /g, '-').toLowerCase())).toBe(fingerprint);
  });
});
