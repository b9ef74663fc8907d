import { z } from 'zod';
import { revisionsHoldTable, type LetterDocument } from '../model/document';
import { sentToUnit } from '../review/reviewEvent';

/**
 * The bureau's team server, seen from the desktop: connecting (address, name, password, the
 * enrolment code the first time, the certificate's fingerprint pinned as SSH does), syncing now,
 * and the status bar's line: 已同步 / 待同步 N 项 / 离线 (or 未连接 without a server).
 */
/**
 * The sync wire format; a side that meets a newer one refuses it whole, with a message to upgrade.
 * Format 2 may carry tables; format 3 may carry a step sent to a whole 科室 (`sentTo: [{ unit }]`).
 * What needs neither still travels as format 1, which older clients read.
 */
export const SYNC_FORMAT = 3;
const WITH_TABLES = 2;

interface Travelling {
  revisions: readonly { content: LetterDocument }[];
  reviewLog?: readonly { sentTo?: readonly object[] }[];
}

/** The oldest format that carries these drafts whole (see syncFormatFor's callers: push and pull). */
export function syncFormatFor(drafts: readonly Travelling[]): number {
  if (drafts.some((draft) => draft.reviewLog?.some(sentToUnit))) return SYNC_FORMAT;
  return drafts.some((draft) => revisionsHoldTable(draft.revisions)) ? WITH_TABLES : 1;
}
export const SERVER_NEWER = '单位服务器的同步格式比本程序新。请先升级答复函起草助手；在此之前没有写入任何内容。';

export const SyncStatusSchema = z.object({
  state: z.enum(['unconnected', 'synced', 'pending', 'offline']),
  /** Revisions, review events and comments here that the server has not acknowledged. */
  pending: z.number().int().min(0),
  label: z.string(),
  server: z.string().nullable(),
  user: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
});

export const SyncReportSchema = z.object({
  up: z.object({
    drafts: z.number().int(),
    revisions: z.number().int(),
    events: z.number().int(),
    comments: z.number().int(),
    cases: z.number().int(),
    /** 发文字号 taken offline (待确认) that the server confirmed or replaced. */
    numbers: z.number().int(),
  }),
  down: z.object({ drafts: z.number().int(), revisions: z.number().int(), events: z.number().int(), comments: z.number().int(), cases: z.number().int() }),
  /** Drafts the server refused, each with its reason in words; nothing of them was half-applied. */
  refused: z.array(z.object({ draftId: z.string(), title: z.string(), reason: z.string() })),
  /** What became of the bureau key list the server handed out; it is taken only under the root this PC already pinned. */
  keyList: z.string().nullable(),
  status: SyncStatusSchema,
});

export const syncCalls = {
  'sync.status': { input: z.object({}).strict(), output: SyncStatusSchema },
  'sync.now': { input: z.object({}).strict(), output: SyncReportSchema },
  'sync.connect': {
    input: z
      .object({
        url: z.string().min(1).max(300),
        user: z.string().min(1).max(80),
        password: z.string().min(1).max(200),
        enrolmentCode: z.string().max(40).optional(),
        /** The certificate's SHA-256 fingerprint as IT announced it; required the first time over TLS. */
        fingerprint: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({
      name: z.string(),
      unit: z.string(),
      role: z.string(),
      certified: z.boolean(),
      keyPending: z.boolean(),
      fingerprint: z.string().nullable(),
    }),
  },
} as const;
