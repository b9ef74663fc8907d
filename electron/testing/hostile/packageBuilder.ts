// Builds .dafu packages from scratch for tests, fuzzers and benchmarks: a valid package of any size,
// and the raw bytes of ones no app writes (edited JSON, a lying zip). The records are made from a
// seed, so every run builds the same files.
import { createHash } from 'node:crypto';
import { seededRandom } from '../../../shared/random/seededRandom';
import type { LetterDocument } from '../../../shared/model/document';
import {
  MANIFEST_FILE,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PAYLOAD_FILE,
  type Manifest,
  type PackageComment,
  type PackageRevision,
  type Payload,
} from '../../../shared/review/packageFormat';
import { writePackage } from '../../services/packages/packageFile';
import { snapshotHash } from '../../services/revisions/graph/revisionStore';
import { writeZip, type ZipPiece } from './zipWriter';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Version-4 UUIDs from a seeded generator: the same seed, the same ids. */
export function uuidsFrom(seed: number): () => string {
  const random = seededRandom(seed);
  const hex = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 16).toString(16)).join('');
  return () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

export const letter = (title: string, body: string): LetterDocument => ({
  version: 1,
  blocks: [
    { role: 'title', inlines: [{ t: 'text', text: title }] },
    { role: 'body', inlines: [{ t: 'text', text: body }] },
  ],
});

/** A revision as a package carries it, its hash the revision store's. */
export function packageRevision(id: string, parents: string[], content: LetterDocument, fields: Record<string, string> = {}): PackageRevision {
  return {
    id,
    parents,
    kind: parents.length > 1 ? 'merge' : 'auto',
    author: '王晶',
    time: '2026-05-20T02:00:00.000Z',
    note: null,
    chars: 20,
    hash: snapshotHash({ content, fields }),
    content,
    fields,
  };
}

export interface SampleSpec {
  seed?: number;
  /** Revisions in one line, each a small edit of the one before. */
  revisions?: number;
  /** Replies to one thread, listed before the thread: the order that made the old thread check quadratic. */
  replies?: number;
  events?: number;
  /** The draft belongs to a case, carried with it. */
  withCase?: boolean;
}

/** A case as a package carries it, with one deadline extension. */
export function sampleCase(id: string): NonNullable<Payload['case']> {
  return {
    id,
    facts: {
      kind: 'zhengxie',
      session: '十三届三次会议',
      number: '011',
      title: '关于柳州螺蛳粉产业发展的提案',
      proposer: '九三学社柳州市委员会',
      coProposers: [],
      role: 'lead',
      assignedOn: '2026-03-10',
      dueOn: '2026-06-10',
      replyType: '',
      disclosure: '',
      docNumber: '',
      signer: '',
      handler: '',
      handlerPhone: '',
      leadUnit: '',
      otherUnits: '',
      proposalText: '',
    },
    status: 'pending',
    satisfaction: null,
    extensions: [{ dueOn: '2026-07-10', approvedOn: '2026-05-01', reason: '需会同有关部门调研' }],
    createdAt: '2026-03-10T01:00:00.000Z',
    updatedAt: '2026-05-01T01:00:00.000Z',
  };
}

/** A valid payload: a line of revisions, one comment thread with its replies, a review log. */
export function samplePayload({ seed = 1, revisions = 3, replies = 1, events = 1, withCase = false }: SampleSpec = {}): Payload {
  const nextId = uuidsFrom(seed);
  const draftId = nextId();
  const line: PackageRevision[] = [];
  for (let n = 0; n < revisions; n += 1) {
    line.push(
      packageRevision(
        nextId(),
        n === 0 ? [] : [line[n - 1].id],
        letter('关于柳州螺蛳粉产业发展的答复', `柳州螺蛳粉全产业链销售收入超600亿元（第${n + 1}稿）。`),
      ),
    );
  }
  const head = line[line.length - 1];
  const thread: PackageComment = {
    id: nextId(),
    threadId: null,
    revisionId: head.id,
    anchor: { block: 1, start: 0, end: 5, quote: '柳州螺蛳粉' },
    body: '请写全称',
    author: '李科长',
    authorUnit: '综合科',
    time: '2026-05-21T02:00:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
  };
  const answers = Array.from({ length: replies }, (_, n): PackageComment => ({
    ...thread,
    id: nextId(),
    threadId: thread.id,
    anchor: null,
    body: `第${n + 1}条回复`,
  }));
  const reviewLog = Array.from({ length: events }, (_, n) => ({
    id: nextId(),
    action: 'submit' as const,
    from: 'drafting' as const,
    to: 'submitted' as const,
    actor: '王晶',
    actorUnit: '综合科',
    actorRole: 'drafter' as const,
    reason: null,
    signer: null,
    signedOn: null,
    revisionId: head.id,
    time: `2026-05-22T02:00:${String(n % 60).padStart(2, '0')}.000Z`,
  }));
  return {
    draft: {
      id: draftId,
      name: null,
      templateId: null,
      fieldDefinitions: [],
      reviewState: events > 0 ? 'submitted' : 'drafting',
      headRevisionId: head.id,
      createdAt: '2026-05-20T01:00:00.000Z',
    },
    revisions: line,
    comments: [...answers, thread],
    reviewLog: reviewLog as Payload['reviewLog'],
    case: withCase ? sampleCase(nextId()) : null,
  };
}

/** The same draft worked on further on the other PC: two more revisions, a reply, the draft returned. */
export function laterVersion(earlier: Payload, seed = 2): Payload {
  const nextId = uuidsFrom(seed);
  const first = packageRevision(nextId(), [earlier.draft.headRevisionId], letter('关于柳州螺蛳粉产业发展的答复', '审核时补充的一句。'));
  const second = packageRevision(nextId(), [first.id], letter('关于柳州螺蛳粉产业发展的答复', '审核时补充的两句。'));
  const thread = earlier.comments.find((comment) => comment.threadId === null)!;
  const returned = {
    ...earlier.reviewLog[0],
    id: nextId(),
    action: 'return' as const,
    from: 'submitted' as const,
    to: 'returned' as const,
    actor: '李科长',
    actorRole: 'reviewer' as const,
    reason: '请按批注修改',
    revisionId: second.id,
    time: '2026-05-23T02:00:00.000Z',
  };
  return {
    ...earlier,
    draft: { ...earlier.draft, headRevisionId: second.id, reviewState: 'returned' },
    revisions: [...earlier.revisions, first, second],
    comments: [...earlier.comments, { ...thread, id: nextId(), threadId: thread.id, anchor: null, body: '已按意见修改', time: '2026-05-23T01:00:00.000Z' }],
    reviewLog: [...earlier.reviewLog, returned],
  };
}

/** A package as the app writes it. */
export const packageOf = (payload: Payload): Promise<Buffer> =>
  writePackage(payload, { schemaVersion: 1, title: '关于柳州螺蛳粉产业发展的答复', exportedAt: '2026-05-26T02:00:00.000Z', exportedBy: '王晶' });

const manifestFor = (draftId: string, payloadText: string): Manifest => ({
  format: PACKAGE_FORMAT,
  formatVersion: PACKAGE_FORMAT_VERSION,
  schemaVersion: 1,
  draftId,
  title: '答复',
  exportedAt: '2026-05-26T02:00:00.000Z',
  exportedBy: '王晶',
  payloadHash: sha256(payloadText),
});

/** A package around any payload text, its manifest hashing that text: what a sender who edits the JSON makes. */
export function rawPackage(payloadText: string, draftId: string): Buffer {
  return writeZip([
    { name: MANIFEST_FILE, pieces: [{ data: JSON.stringify(manifestFor(draftId, payloadText)) }] },
    { name: PAYLOAD_FILE, pieces: [{ data: payloadText }] },
  ]);
}

/** A package whose payload.json inflates to `megabytes` of spaces; `declaredSize` lies about it when given. */
export function bombPackage(megabytes: number, declaredSize?: number): Buffer {
  const piece: ZipPiece = { data: Buffer.alloc(1024 * 1024, 0x20), times: megabytes };
  return writeZip([
    { name: MANIFEST_FILE, pieces: [{ data: JSON.stringify(manifestFor(uuidsFrom(9)(), '')) }] },
    { name: PAYLOAD_FILE, pieces: [piece], declaredSize },
  ]);
}
