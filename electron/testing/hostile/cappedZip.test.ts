import { describe, expect, it } from 'vitest';
import { writeZip } from './zipWriter';
import { openCappedZip } from '../../../shared/zip/cappedZip';

const LIMITS = { maxEntries: 10, maxPartBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };
const REFUSALS = { broken: '坏了', tooBig: '太大了' };
const megabytes = (n: number) => [{ data: Buffer.alloc(1024 * 1024, 0x20), times: n }];

describe('reading a zip that came from outside', () => {
  it('reads its parts as text', async () => {
    const zip = await openCappedZip(writeZip([{ name: 'a.xml', pieces: [{ data: '<a>一</a>' }] }]), LIMITS, REFUSALS);
    expect(zip.has('a.xml')).toBe(true);
    expect(await zip.text('a.xml')).toBe('<a>一</a>');
    expect(await zip.text('b.xml')).toBeUndefined();
  });

  it('refuses a part whose declared size is over the limit before inflating a byte of it', async () => {
    const zip = await openCappedZip(writeZip([{ name: 'bomb.xml', pieces: megabytes(200) }]), LIMITS, REFUSALS);
    const started = performance.now();
    await expect(zip.text('bomb.xml')).rejects.toThrow('太大了');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('stops inflating a part that understates its size once the real bytes pass the limit', async () => {
    const zip = await openCappedZip(writeZip([{ name: 'bomb.xml', pieces: megabytes(200), declaredSize: 100 }]), LIMITS, REFUSALS);
    await expect(zip.text('bomb.xml')).rejects.toThrow('太大了');
  });

  it('counts every part read against one budget for the file', async () => {
    const zip = await openCappedZip(writeZip(['a', 'b', 'c'].map((name) => ({ name, pieces: [{ data: Buffer.alloc(900 * 1024, 0x20) }] }))), LIMITS, REFUSALS);
    await zip.text('a');
    await zip.text('b');
    await expect(zip.text('c')).rejects.toThrow('太大了');
  });

  it('refuses too many entries and bytes that are no zip', async () => {
    await expect(openCappedZip(writeZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}`, pieces: [{ data: 'x' }] }))), LIMITS, REFUSALS)).rejects.toThrow(
      '太大了',
    );
    await expect(openCappedZip(new TextEncoder().encode('PK\u0003\u0004 cut short'), LIMITS, REFUSALS)).rejects.toThrow('坏了');
  });
});
