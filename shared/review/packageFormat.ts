import { z } from 'zod';
import { LetterDocumentSchema, revisionsHoldTable } from '../model/document';
import { REVIEW_STATES, REVISION_KINDS, Uuid } from '../model/draft';
import { FieldDefinitionSchema, FieldValuesSchema } from '../fields/fieldDefinition';
import { CommentAnchorSchema } from './commentAnchor';
import { PackageCaseSchema } from './packageCase';
import { packageGraphIsWhole } from './packageGraph';
import { NO_DEADLINE, PACKAGE_LIMITS, PackageRefused, tooManyMessage, type CountedPart, type Deadline } from './packageLimits';
import { ReviewEventSchema, sentToUnit } from './reviewEvent';
import { RevisionSignatureSchema } from './revisionSignature';
import { ValueEventSchema } from '../model/valueEvent';

export { ReviewEventSchema, type ReviewEvent } from './reviewEvent';

/**
 * A .dafu package: a zip holding `manifest.json` and `payload.json`. The manifest names the format,
 * the schema version of the app that wrote it and the SHA-256 of the payload; each revision in the
 * payload carries the SHA-256 of its own content, the same hash the revision store keeps.
 * Format 2 adds the draft's case; a format-1 package (no case) still imports. Format 3 carries signed
 * review events and signatures on revisions; an older package's events read as unsigned. Format 4 may
 * hold tables, which an older client would take for damage: a package without one is still written as
 * format 3 (see packageFormatVersionFor), so older clients go on reading it. Format 5 may carry a case
 * with 附议人 or a step sent to a whole 科室, which older clients would also refuse as damaged: only such
 * a package is written as 5.
 */
export const PACKAGE_FORMAT = 'dafu-package';
export const PACKAGE_FORMAT_VERSION = 5;
export const WITH_TABLES = 4;
const BEFORE_TABLES = 3;
export const PACKAGE_EXTENSION = '.dafu';
export const MANIFEST_FILE = 'manifest.json';
export const PAYLOAD_FILE = 'payload.json';
/** Far above any real letter's history; see PACKAGE_LIMITS for what a package may hold. */
export const MAX_PACKAGE_BYTES = PACKAGE_LIMITS.fileBytes;
export { PackageRefused };

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
  parents: z.array(Uuid).max(PACKAGE_LIMITS.parentsPerRevision),
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

export const PayloadSchema = z.object({
  draft: z.object({
    id: Uuid,
    /** The name the clerk gave it (drafts.rename allows 100 characters). */
    name: z.string().max(100).nullable(),
    templateId: z.string().max(200).nullable(),
    fieldDefinitions: z.array(FieldDefinitionSchema).max(PACKAGE_LIMITS.fieldDefinitions),
    reviewState: z.enum(REVIEW_STATES),
    headRevisionId: Uuid,
    createdAt: Instant,
  }),
  revisions: z.array(PackageRevisionSchema).min(1).max(PACKAGE_LIMITS.revisions),
  comments: z.array(PackageCommentSchema).max(PACKAGE_LIMITS.comments),
  reviewLog: z.array(ReviewEventSchema).max(PACKAGE_LIMITS.reviewEvents),
  /** The case the draft belongs to; absent in format 1 and for a draft without a case. */
  case: PackageCaseSchema.nullable().optional(),
  /** Signatures on the revisions (format 3): what lets a revision move another PC's current line. */
  revisionSignatures: z.array(RevisionSignatureSchema).max(PACKAGE_LIMITS.revisions).optional(),
  /** Each change of the draft's name and place in the 回收站 (shared/merge/latestWins); absent from older packages. */
  draftEvents: z.array(ValueEventSchema).max(PACKAGE_LIMITS.reviewEvents).optional(),
  /** From the team server: revisions made offline on a line that was signed meanwhile, kept as a parallel line (签发后修改). */
  afterSigning: z.array(Uuid).max(PACKAGE_LIMITS.revisions).optional(),
});
export type Payload = z.infer<typeof PayloadSchema>;

export type Sha256Hex = (text: string) => string;
/** The revision store's canonical form of a snapshot, which its hash is taken over. */
export type SnapshotHash = (snapshot: Pick<PackageRevision, 'content' | 'fields'>) => string;

export const DAMAGED_PACKAGE = '这个文件已损坏或不完整（可能没有复制完），不能导入。请让对方重新导出一份，复制完整后再导入。';
const TAMPERED = '这个文件的内容与它的校验值不符，可能被改动过或已损坏，不能导入。请让对方重新导出一份。';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new PackageRefused(DAMAGED_PACKAGE);
  }
}

/** The oldest format that carries these revisions: the one a client of the time can read whole. */
export function packageFormatVersionFor(payload: Pick<Payload, 'revisions' | 'case' | 'reviewLog'>): number {
  // A case without 附议人 is written as older apps read it, without the list (packageCase.ts).
  const coProposers: readonly string[] | undefined = payload.case?.facts.coProposers;
  if ((coProposers?.length ?? 0) > 0) return PACKAGE_FORMAT_VERSION;
  if (payload.reviewLog.some(sentToUnit)) return PACKAGE_FORMAT_VERSION;
  return revisionsHoldTable(payload.revisions) ? WITH_TABLES : BEFORE_TABLES;
}

export const NEWER_PACKAGE = '这个草稿包由更新版本的答复函起草助手导出，本机的程序读不了。请先升级本机的答复函起草助手再导入。';

/** Reads a manifest, refusing one that is not ours or that a newer app wrote (`understoodFormat`: what this app reads). */
export function readManifest(text: string, supportedSchemaVersion: number, understoodFormat = PACKAGE_FORMAT_VERSION): Manifest {
  const raw = parseJson(text) as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown };
  if (raw?.format !== PACKAGE_FORMAT) throw new PackageRefused('这不是答复函起草助手导出的草稿包（.dafu）文件。');
  const newer =
    (typeof raw.formatVersion === 'number' && raw.formatVersion > understoodFormat) ||
    (typeof raw.schemaVersion === 'number' && raw.schemaVersion > supportedSchemaVersion);
  if (newer) throw new PackageRefused(NEWER_PACKAGE);
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) throw new PackageRefused(DAMAGED_PACKAGE);
  return parsed.data;
}

/** The payload's outline: its lists are checked one record at a time (see readPayload). */
const PayloadOutlineSchema = z.object({
  draft: PayloadSchema.shape.draft,
  revisions: z.array(z.unknown()).min(1),
  comments: z.array(z.unknown()),
  reviewLog: z.array(z.unknown()),
  case: PayloadSchema.shape.case,
  revisionSignatures: z.array(z.unknown()).max(PACKAGE_LIMITS.revisions).optional(),
  draftEvents: z.array(z.unknown()).max(PACKAGE_LIMITS.reviewEvents).optional(),
});

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/** The first count in the parsed JSON beyond PACKAGE_LIMITS, refused before anything is checked one by one. */
function refuseTooMany(raw: unknown): void {
  const payload = (raw ?? {}) as {
    draft?: { fieldDefinitions?: unknown };
    revisions?: unknown;
    comments?: unknown;
    reviewLog?: unknown;
    case?: { extensions?: unknown } | null;
  };
  const counts: [CountedPart, number][] = [
    ['revisions', lengthOf(payload.revisions)],
    ['comments', lengthOf(payload.comments)],
    ['reviewEvents', lengthOf(payload.reviewLog)],
    ['fieldDefinitions', lengthOf(payload.draft?.fieldDefinitions)],
    ['caseExtensions', lengthOf(payload.case?.extensions)],
  ];
  if (Array.isArray(payload.revisions)) {
    let parents = 0;
    for (const revision of payload.revisions) parents = Math.max(parents, lengthOf((revision as { parents?: unknown } | null)?.parents));
    counts.push(['parentsPerRevision', parents]);
  }
  for (const [part, found] of counts) if (found > PACKAGE_LIMITS[part]) throw new PackageRefused(tooManyMessage(part, found));
}

/** Each record parsed by `schema`, the deadline checked between them; the package refused as damaged on the first that fails. */
function eachParsed<T>(records: readonly unknown[], schema: z.ZodType<T>, deadline: Deadline): T[] {
  return records.map((record) => {
    deadline.check();
    const parsed = schema.safeParse(record);
    if (!parsed.success) throw new PackageRefused(DAMAGED_PACKAGE);
    return parsed.data;
  });
}

/**
 * Checks the payload against the manifest's hash, its counts against PACKAGE_LIMITS, every record
 * against its schema and every revision against its own hash, and that its records fit together (see
 * packageGraphIsWhole). Linear in the payload; `deadline` is checked between records.
 */
export function readPayload(text: string, manifest: Manifest, sha256: Sha256Hex, snapshotHash: SnapshotHash, deadline: Deadline = NO_DEADLINE): Payload {
  if (sha256(text) !== manifest.payloadHash) throw new PackageRefused(TAMPERED);
  const raw = parseJson(text);
  deadline.check();
  refuseTooMany(raw);
  const outline = PayloadOutlineSchema.safeParse(raw);
  if (!outline.success || outline.data.draft.id !== manifest.draftId) throw new PackageRefused(DAMAGED_PACKAGE);
  const payload: Payload = {
    ...outline.data,
    revisions: eachParsed(outline.data.revisions, PackageRevisionSchema, deadline),
    comments: eachParsed(outline.data.comments, PackageCommentSchema, deadline),
    reviewLog: eachParsed(outline.data.reviewLog, ReviewEventSchema, deadline),
    revisionSignatures: eachParsed(outline.data.revisionSignatures ?? [], RevisionSignatureSchema, deadline),
    draftEvents: eachParsed(outline.data.draftEvents ?? [], ValueEventSchema, deadline),
  };
  for (const revision of payload.revisions) {
    deadline.check();
    if (snapshotHash({ content: revision.content, fields: revision.fields }) !== revision.hash) throw new PackageRefused(TAMPERED);
  }
  if (!packageGraphIsWhole(payload, deadline)) throw new PackageRefused(DAMAGED_PACKAGE);
  return payload;
}

/** Revisions ordered so that every parent comes before its children (iterative: histories run to thousands). */
export function parentsFirst<R extends Pick<PackageRevision, 'id' | 'parents'>>(revisions: readonly R[]): R[] {
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const ordered: R[] = [];
  const seen = new Set<string>();
  for (const root of revisions) {
    if (seen.has(root.id)) continue;
    seen.add(root.id);
    const stack: [R, number][] = [[root, 0]];
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
