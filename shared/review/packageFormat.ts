import { z } from 'zod';
import { LetterDocumentSchema } from '../model/document';
import { REVIEW_STATES, REVISION_KINDS, Uuid } from '../model/draft';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { CommentAnchorSchema } from './commentAnchor';
import { PackageCaseSchema } from './packageCase';
import { REVIEW_ACTIONS } from './reviewStates';
import { USER_ROLES } from './users';

/**
 * A .dafu package: a zip holding `manifest.json` and `payload.json`. The manifest names the format,
 * the schema version of the app that wrote it and the SHA-256 of the payload; each revision in the
 * payload carries the SHA-256 of its own content, the same hash the revision store keeps.
 * Format 2 adds the draft's case; a format-1 package (no case) still imports.
 */
export const PACKAGE_FORMAT = 'dafu-package';
export const PACKAGE_FORMAT_VERSION = 2;
export const PACKAGE_EXTENSION = '.dafu';
export const MANIFEST_FILE = 'manifest.json';
export const PAYLOAD_FILE = 'payload.json';
/** Far above any real letter's history (300 revisions of a 3,000-character letter pack to about 100 KB). */
export const MAX_PACKAGE_BYTES = 75 * 1024 * 1024;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Instant = z.string().min(1).max(40);

export const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  draftId: Uuid,
  title: z.string(),
  exportedAt: Instant,
  exportedBy: z.string(),
  payloadHash: Sha256,
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const PackageRevisionSchema = z.object({
  id: Uuid,
  parents: z.array(Uuid),
  kind: z.enum(REVISION_KINDS),
  author: z.string(),
  time: Instant,
  note: z.string().nullable(),
  chars: z.number().int(),
  hash: Sha256,
  content: LetterDocumentSchema,
  fields: FieldValuesSchema,
});
export type PackageRevision = z.infer<typeof PackageRevisionSchema>;

export const PackageCommentSchema = z.object({
  id: Uuid,
  threadId: Uuid.nullable(),
  revisionId: Uuid,
  anchor: CommentAnchorSchema.nullable(),
  body: z.string(),
  author: z.string(),
  authorUnit: z.string(),
  time: Instant,
  resolvedAt: Instant.nullable(),
  resolvedBy: z.string().nullable(),
});
export type PackageComment = z.infer<typeof PackageCommentSchema>;

export const ReviewEventSchema = z.object({
  id: Uuid,
  action: z.enum(REVIEW_ACTIONS),
  from: z.enum(REVIEW_STATES),
  to: z.enum(REVIEW_STATES),
  actor: z.string(),
  actorUnit: z.string(),
  actorRole: z.enum(USER_ROLES),
  reason: z.string().nullable(),
  signer: z.string().nullable(),
  signedOn: z.string().nullable(),
  revisionId: Uuid,
  time: Instant,
});
export type ReviewEvent = z.infer<typeof ReviewEventSchema>;

export const PayloadSchema = z.object({
  draft: z.object({
    id: Uuid,
    name: z.string().nullable(),
    templateId: z.string().nullable(),
    fieldDefinitions: z.array(FieldDefinitionSchema),
    reviewState: z.enum(REVIEW_STATES),
    headRevisionId: Uuid,
    createdAt: Instant,
  }),
  revisions: z.array(PackageRevisionSchema).min(1),
  comments: z.array(PackageCommentSchema),
  reviewLog: z.array(ReviewEventSchema),
  /** The case the draft belongs to; absent in format 1 and for a draft without a case. */
  case: PackageCaseSchema.nullable().optional(),
});
export type Payload = z.infer<typeof PayloadSchema>;

export type Sha256Hex = (text: string) => string;
/** The revision store's canonical form of a snapshot, which its hash is taken over. */
export type SnapshotHash = (snapshot: Pick<PackageRevision, 'content' | 'fields'>) => string;

/** Thrown for a package that must not be imported; the message tells the clerk what to do. */
export class PackageRefused extends Error {}

export const DAMAGED_PACKAGE = '这个文件已损坏或不完整（可能没有复制完），不能导入。请让对方重新导出一份，复制完整后再导入。';
const TAMPERED = '这个文件的内容与它的校验值不符，可能被改动过或已损坏，不能导入。请让对方重新导出一份。';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PackageRefused(DAMAGED_PACKAGE);
  }
}

/** Reads a manifest, refusing one that is not ours or that a newer app wrote. */
export function readManifest(text: string, supportedSchemaVersion: number): Manifest {
  const raw = parseJson(text) as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown };
  if (raw?.format !== PACKAGE_FORMAT) throw new PackageRefused('这不是答复函起草助手导出的草稿包（.dafu）文件。');
  const newer =
    (typeof raw.formatVersion === 'number' && raw.formatVersion > PACKAGE_FORMAT_VERSION) ||
    (typeof raw.schemaVersion === 'number' && raw.schemaVersion > supportedSchemaVersion);
  if (newer) throw new PackageRefused('这个草稿包由更新版本的答复函起草助手导出，本机的程序读不了。请先升级本机的答复函起草助手再导入。');
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new PackageRefused(DAMAGED_PACKAGE);
  return parsed.data;
}

/** Checks the payload against the manifest's hash and every revision against its own, and that its graph is whole. */
export function readPayload(text: string, manifest: Manifest, sha256: Sha256Hex, snapshotHash: SnapshotHash): Payload {
  if (sha256(text) !== manifest.payloadHash) throw new PackageRefused(TAMPERED);
  const parsed = PayloadSchema.safeParse(parseJson(text));
  if (!parsed.success || parsed.data.draft.id !== manifest.draftId) throw new PackageRefused(DAMAGED_PACKAGE);
  const payload = parsed.data;
  for (const revision of payload.revisions) {
    if (snapshotHash({ content: revision.content, fields: revision.fields }) !== revision.hash) throw new PackageRefused(TAMPERED);
  }
  const ids = new Set(payload.revisions.map((revision) => revision.id));
  const whole =
    ids.has(payload.draft.headRevisionId) &&
    payload.revisions.every((revision) => revision.parents.every((parent) => ids.has(parent))) &&
    payload.comments.every((comment) => comment.threadId === null || payload.comments.some((root) => root.id === comment.threadId));
  if (!whole) throw new PackageRefused(DAMAGED_PACKAGE);
  return payload;
}

/** Revisions ordered so that every parent comes before its children (iterative: histories run to thousands). */
export function parentsFirst(revisions: readonly PackageRevision[]): PackageRevision[] {
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const ordered: PackageRevision[] = [];
  const seen = new Set<string>();
  for (const root of revisions) {
    if (seen.has(root.id)) continue;
    seen.add(root.id);
    const stack: [PackageRevision, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [revision, next] = top;
      const parent = next < revision.parents.length ? byId.get(revision.parents[next]) : undefined;
      if (next < revision.parents.length) {
        top[1] = next + 1;
        if (parent && !seen.has(parent.id)) {
          seen.add(parent.id);
          stack.push([parent, 0]);
        }
        continue;
      }
      stack.pop();
      ordered.push(revision);
    }
  }
  return ordered;
}
