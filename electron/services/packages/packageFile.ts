import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import {
  DAMAGED_PACKAGE,
  MANIFEST_FILE,
  MAX_PACKAGE_BYTES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PAYLOAD_FILE,
  PackageRefused,
  readManifest,
  readPayload,
  type Manifest,
  type Payload,
} from '../../../shared/review/packageFormat';
import { snapshotHash } from '../revisions/revisionStore';

export { MAX_PACKAGE_BYTES };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function writePackage(payload: Payload, meta: Pick<Manifest, 'schemaVersion' | 'title' | 'exportedAt' | 'exportedBy'>): Promise<Buffer> {
  const payloadText = JSON.stringify(payload);
  const manifest: Manifest = {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    draftId: payload.draft.id,
    ...meta,
    payloadHash: sha256(payloadText),
  };
  const zip = new JSZip();
  zip.file(MANIFEST_FILE, JSON.stringify(manifest, null, 2));
  zip.file(PAYLOAD_FILE, payloadText);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Unzips and checks a package completely before anything is written; refuses it with PackageRefused. */
export async function readPackage(bytes: Uint8Array, supportedSchemaVersion: number): Promise<{ manifest: Manifest; payload: Payload }> {
  if (bytes.length > MAX_PACKAGE_BYTES) throw new PackageRefused('这个文件太大，不是答复函起草助手的草稿包。');
  let zip: JSZip;
  let manifestText: string | undefined;
  let payloadText: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    manifestText = await zip.file(MANIFEST_FILE)?.async('string');
    payloadText = await zip.file(PAYLOAD_FILE)?.async('string');
  } catch {
    throw new PackageRefused(DAMAGED_PACKAGE);
  }
  if (manifestText === undefined) throw new PackageRefused('这不是答复函起草助手导出的草稿包（.dafu）文件。');
  const manifest = readManifest(manifestText, supportedSchemaVersion);
  if (payloadText === undefined) throw new PackageRefused(DAMAGED_PACKAGE);
  return { manifest, payload: readPayload(payloadText, manifest, sha256, snapshotHash) };
}
