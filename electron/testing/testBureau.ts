import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from '../../shared/review/users';
import { certifyRequest, exportBureauList, initBureau, revokeKeys, rootFingerprint } from '../services/keys/bureau';
import { keyRequestText } from '../services/keys/keyRequestFile';
import { personalKey, signingKey } from '../services/keys/personalKeys';
import { deviceId } from '../services/keys/trustStore';
import { importKeyList } from '../services/review/keyListImport';
import { requireUser } from '../services/review/users';
import type { ServiceContext } from '../services/context';

export const ROOT_PIN = '852456-root';

/** IT's folder for tests: a bureau root, and the steps IT takes with it. Its clock runs an hour behind the test PCs'. */
export function testBureau(name = '柳州市商务局') {
  const dir = mkdtempSync(join(tmpdir(), 'dafu-bureau-'));
  const now = () => new Date('2026-05-26T01:00:00Z');
  initBureau(dir, name, ROOT_PIN, now(), 10);
  const fingerprint = rootFingerprint(dir);
  return {
    dir,
    fingerprint,
    /** Certifies the key of the user now at the PC, in the role they said (IT checked the fingerprint in person). */
    certify(pc: { ctx: ServiceContext }, changes: Partial<Pick<User, 'role' | 'permissions'>> = {}): User {
      const user = requireUser(pc.ctx.db);
      const text = keyRequestText(user, signingKey(pc.ctx, user.id), personalKey(pc.ctx, user.id)!.createdAt, deviceId(pc.ctx.db));
      certifyRequest(dir, ROOT_PIN, text, { role: changes.role ?? user.role, permissions: changes.permissions ?? user.permissions }, now());
      return user;
    },
    revoke: (selector: string, at: Date) => revokeKeys(dir, ROOT_PIN, selector, at),
    /** The list as IT hands it out. */
    listFile: () => exportBureauList(dir, now()),
    /** Hands the current list to each PC; the clerk compares and types back the fingerprint the first time. */
    distribute(...pcs: { ctx: ServiceContext }[]) {
      const text = exportBureauList(dir, now());
      for (const pc of pcs) importKeyList(pc.ctx, { text, fingerprint: fingerprint });
    },
  };
}
export type TestBureau = ReturnType<typeof testBureau>;
