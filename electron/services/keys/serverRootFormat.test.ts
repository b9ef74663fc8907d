import { describe, expect, it } from 'vitest';
import { SealedKeySchema } from '../../../shared/signing/sealedKeyFormat';
import { openRoot, sealRoot } from '../../../server/keys/sealedRoot';
import { openKey, sealKey } from './sealedKey';

// The server seals its root the way `dafu keys init-bureau` does (it may not import the desktop's code):
// a folder made on either side opens on the other.
describe('a bureau root key carried between the desktop and the team server', () => {
  const keys = { privateKey: 'c'.repeat(64), publicKey: `04${'ab'.repeat(64)}` };

  it('sealed by the desktop opens on the server, and sealed by the server opens on the desktop', () => {
    const byDesktop = SealedKeySchema.parse(sealKey(keys, '信息科', '730915', '2026-12-05T00:00:00Z', 10));
    expect(openRoot(byDesktop, '730915')).toBe(keys.privateKey);
    const byServer = SealedKeySchema.parse(sealRoot(keys, '信息科', '730915', '2026-12-05T00:00:00Z', 10));
    expect(openKey(byServer, '730915')).toBe(keys.privateKey);
  });

  it('refuses the wrong PIN on either side', () => {
    expect(() => openRoot(sealKey(keys, '信息科', '730915', '2026-12-05T00:00:00Z', 10), '000000')).toThrow();
    expect(() => openKey(sealRoot(keys, '信息科', '730915', '2026-12-05T00:00:00Z', 10), '000000')).toThrow();
  });
});
