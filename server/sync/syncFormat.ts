import { z } from 'zod';
import { Uuid } from '../../shared/model/draft';
import { PayloadSchema } from '../../shared/review/packageFormat';

/**
 * What travels in a sync: one draft at a time, as the package payload the desktop already writes and
 * reads (the same merge rules, shared/merge/), under a format version of its own. A client refuses a
 * newer format with a message to upgrade; the server refuses one it does not know, and applies
 * nothing of it.
 */
export { SYNC_FORMAT, syncFormatFor } from '../../shared/api/syncCalls';
export const NEWER_FORMAT = '这份同步内容来自更新版本的程序，本服务器不认识它的格式。请信息科升级服务器程序；在此之前什么也不会写入。';

export const PushSchema = z.object({ format: z.number().int().min(1), payload: z.unknown() }).strict();
/** 彻底删除 on a PC: the draft's tombstone. */
export const PurgeSchema = z.object({ format: z.number().int().min(1), draftId: Uuid, at: z.string().min(1).max(40) }).strict();
export { PayloadSchema };
