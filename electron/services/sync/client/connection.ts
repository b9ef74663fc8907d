import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * This PC's connection to the team server, kept beside the database (sync.json, owner-only): the
 * address, the pinned certificate, the session, where the last pull ended, and how many of each
 * draft's items the server has acknowledged (what 待同步 N 项 counts from).
 */
export const ConnectionSchema = z
  .object({
    v: z.literal(1),
    url: z.string(),
    user: z.string(),
    /** The certificate pinned on first connection (PEM) and its SHA-256 fingerprint; null over loopback HTTP. */
    certificate: z.string().nullable(),
    fingerprint: z.string().nullable(),
    token: z.string().nullable(),
    tokenExpiresAt: z.string().nullable(),
    cursor: z.number().int().min(0),
    /** Where the last pull of cases ended (absent before cases travelled). */
    caseCursor: z.number().int().min(0).optional(),
    /** Where the last pull of the account's read notices (知道了 on its other PCs) ended. */
    noticesCursor: z.number().int().min(0).optional(),
    acknowledged: z.record(z.string(), z.number().int().min(0)),
    lastSyncAt: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .strict();
export type Connection = z.infer<typeof ConnectionSchema>;

const file = (dir: string) => join(dir, 'sync.json');

export function readConnection(dir: string | undefined): Connection | null {
  if (!dir || !existsSync(file(dir))) return null;
  const parsed = ConnectionSchema.safeParse(JSON.parse(readFileSync(file(dir), 'utf8')));
  return parsed.success ? parsed.data : null;
}

export function writeConnection(dir: string, connection: Connection): void {
  mkdirSync(dir, { recursive: true });
  const temp = `${file(dir)}.tmp`;
  writeFileSync(temp, `${JSON.stringify(connection, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file(dir));
}
