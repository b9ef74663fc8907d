import { z } from 'zod';
import { Uuid } from '../model/draft';
import { MAX_UPLOAD_BYTES, UPLOAD_CHUNK_BYTES, describeSize } from '../upload/uploadLimits';

/**
 * A file too large for one request (the loopback host takes 20 MB) travels in pieces: `uploads.begin`
 * announces its name and size and gets a token, `uploads.append` sends the pieces in order, and
 * `uploads.finish` checks it arrived whole. The call that uses the file then names the token instead
 * of carrying the bytes (e.g. drafts.importDocx). Nothing is stored until that call succeeds.
 */
/** What a file is for: the call that takes it checks it is the kind it reads. */
export const UPLOAD_KINDS = ['docx'] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const UploadTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, '上传编号不对，请重新选择文件。');

const MAX_CHUNK_BASE64_CHARS = Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4;
const byToken = z.object({ token: UploadTokenSchema }).strict();

export const uploadCalls = {
  'uploads.begin': {
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        size: z
          .number()
          .int()
          .min(1, '文件是空的，请重新选择。')
          .max(MAX_UPLOAD_BYTES, `文件超过了 ${describeSize(MAX_UPLOAD_BYTES)} 的上限，没有导入。`),
        kind: z.enum(UPLOAD_KINDS),
      })
      .strict(),
    output: z.object({ token: UploadTokenSchema, chunkBytes: z.number().int() }),
  },
  'uploads.append': {
    input: z
      .object({
        token: UploadTokenSchema,
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_UPLOAD_BYTES / UPLOAD_CHUNK_BYTES),
        data: z.base64({ message: '文件内容传输有误，请重新导入。' }).min(1).max(MAX_CHUNK_BASE64_CHARS, '一次传来的内容太多，请重新导入。'),
      })
      .strict(),
    output: z.object({ received: z.number().int() }),
  },
  'uploads.finish': { input: byToken, output: z.object({ size: z.number().int() }) },
  'uploads.cancel': { input: byToken, output: z.object({}) },
  /** Stops a read of a file the page named with `requestId` (a .docx, a .dafu package, a 交办清单): nothing of it is stored. */
  'uploads.stopRead': { input: z.object({ requestId: Uuid }).strict(), output: z.object({ stopped: z.boolean() }) },
} as const;
