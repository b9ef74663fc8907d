import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { ApiError } from '../../../shared/api/errors';
import {
  DAMAGED_PACKAGE,
  MANIFEST_FILE,
  MAX_PACKAGE_BYTES,
  PACKAGE_FORMAT,
  packageFormatVersionFor,
  PAYLOAD_FILE,
  PackageRefused,
  readManifest,
  readPayload,
  type Manifest,
  type Payload,
} from '../../../shared/review/packageFormat';
import { NO_DEADLINE, PACKAGE_INFLATES_TOO_MUCH, PACKAGE_LIMITS, PACKAGE_TOO_BIG, type Deadline } from '../../../shared/review/packageLimits';
import { openCappedZip, ZipRefused, type CappedZip } from '../../../shared/zip/cappedZip';
import { snapshotHash } from '../revisions/graph/revisionStore';

export { MAX_PACKAGE_BYTES };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function writePackage(payload: Payload, meta: Pick<Manifest, 'schemaVersion' | 'title' | 'exportedAt' | 'exportedBy'>): Promise<Buffer> {
  const payloadText = JSON.stringify(payload);
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: packageFormatVersionFor(payload),
    draftId: payload.draft.id,
    ...meta,
    payloadHash: sha256(payloadText),
  };
  const zip = new JSZip();
  zip.file(MANIFEST_FILE, JSON.stringify(manifest, null, 2));
  zip.file(PAYLOAD_FILE, payloadText);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The zip's refusals (not a zip, cut short, a bomb) as the package's own. */
async function refusedAs<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ZipRefused || error instanceof ApiError) throw new PackageRefused(error.message);
    throw new PackageRefused(DAMAGED_PACKAGE);
  }
}

/**
 * Unzips and checks a package completely before anything is written; refuses it with PackageRefused.
 * Every part is inflated with a cap, so a zip bomb stops at PACKAGE_LIMITS.payloadBytes; `deadline`
 * is checked between the steps and records.
 */
export async function readPackage(
  bytes: Uint8Array,
  supportedSchemaVersion: number,
  deadline: Deadline = NO_DEADLINE,
): Promise<{ manifest: Manifest; payload: Payload }> {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new PackageRefused(PACKAGE_TOO_BIG);
  const limits = { maxEntries: PACKAGE_LIMITS.zipEntries, maxPartBytes: PACKAGE_LIMITS.payloadBytes, maxTotalBytes: PACKAGE_LIMITS.payloadBytes };
  const zip: CappedZip = await refusedAs(() => openCappedZip(bytes, limits, { broken: DAMAGED_PACKAGE, tooBig: PACKAGE_INFLATES_TOO_MUCH }));
  const manifestText = await refusedAs(() => zip.text(MANIFEST_FILE));
  if (manifestText === undefined) throw new PackageRefused('这不是答复函起草助手导出的草稿包（.dafu）文件。');
  const manifest = readManifest(manifestText, supportedSchemaVersion);
  deadline.check();
  const payloadText = await refusedAs(() => zip.text(PAYLOAD_FILE));
  if (payloadText === undefined) throw new PackageRefused(DAMAGED_PACKAGE);
  deadline.check();
  return { manifest, payload: readPayload(payloadText, manifest, sha256, snapshotHash, deadline) };
}
