import { randomBytes } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { UploadKind } from '../../../shared/api/uploadCalls';
import { MAX_UPLOAD_BYTES, UPLOAD_CHUNK_BYTES } from '../../../shared/upload/uploadLimits';
import type { ServiceContext } from '../context';
import { namedReads } from '../threads/namedReads';

/** An upload nobody has touched for this long is dropped with its bytes. */
export const ABANDONED_AFTER_MS = 2 * 60 * 1000;
/** All uploads in progress together hold at most this much memory. */
export const MAX_PENDING_BYTES = 2 * MAX_UPLOAD_BYTES;

interface Upload {
  kind: UploadKind;
  fileName: string;
  bytes: Buffer;
  received: number;
  next: number;
  finished: boolean;
  touched: number;
}

export interface UploadStore {
  begin: (fileName: string, size: number, kind: UploadKind) => string;
  append: (token: string, index: number, chunk: Buffer) => number;
  finish: (token: string) => number;
  cancel: (token: string) => void;
  /** Hands a finished upload of `kind` to the call that reads it, and forgets it. */
  take: (token: string, kind: UploadKind) => { fileName: string; bytes: Uint8Array };
  pending: () => number;
}

const gone = () => new ApiError('invalid_input', '这次文件传输已中断或超时，没有导入任何内容。请重新导入文件。');
const broken = (why: string) => new ApiError('invalid_input', `文件传输出错（${why}），没有导入任何内容。请重新导入文件。`);

/** Pieces of files in memory until the call that uses them; nothing touches the database or the disk. */
export function createUploadStore(now: () => Date): UploadStore {
  const uploads = new Map<string, Upload>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const sweep = () => {
    const cutoff = now().getTime() - ABANDONED_AFTER_MS;
    for (const [token, upload] of uploads) if (upload.touched < cutoff) uploads.delete(token);
  };
  // Memory of an abandoned upload is given back even if no other upload comes along to sweep it.
  const schedule = () => {
    if (timer || uploads.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      sweep();
      schedule();
    }, ABANDONED_AFTER_MS);
    timer.unref?.();
  };
  const live = (token: string): Upload => {
    sweep();
    const upload = uploads.get(token);
    if (!upload) throw gone();
    upload.touched = now().getTime();
    return upload;
  };
  const fail = (token: string, why: string): never => {
    uploads.delete(token);
    throw broken(why);
  };

  return {
    begin: (fileName, size, kind) => {
      sweep();
      if (size > MAX_UPLOAD_BYTES) throw new ApiError('invalid_input', `「${fileName}」超过了上限，没有导入。`);
      const held = [...uploads.values()].reduce((sum, upload) => sum + upload.bytes.length, 0);
      if (held + size > MAX_PENDING_BYTES) throw new ApiError('conflict', '另有文件正在导入，请等它完成后再试。');
      const token = randomBytes(24).toString('base64url');
      uploads.set(token, { kind, fileName, bytes: Buffer.alloc(size), received: 0, next: 0, finished: false, touched: now().getTime() });
      schedule();
      return token;
    },
    append: (token, index, chunk) => {
      const upload = live(token);
      if (upload.finished) fail(token, '文件已传完');
      if (index !== upload.next) fail(token, `第 ${index + 1} 块来得不是时候，应为第 ${upload.next + 1} 块`);
      const last = upload.received + chunk.length === upload.bytes.length;
      if (upload.received + chunk.length > upload.bytes.length) fail(token, '传来的内容比文件大');
      if (chunk.length !== UPLOAD_CHUNK_BYTES && !last) fail(token, '分块大小不对');
      chunk.copy(upload.bytes, upload.received);
      upload.received += chunk.length;
      upload.next += 1;
      return upload.received;
    },
    finish: (token) => {
      const upload = live(token);
      if (upload.received !== upload.bytes.length) fail(token, '文件没有传完');
      upload.finished = true;
      return upload.received;
    },
    cancel: (token) => {
      uploads.delete(token);
    },
    take: (token, kind) => {
      const upload = live(token);
      if (!upload.finished || upload.kind !== kind) throw gone();
      uploads.delete(token);
      return { fileName: upload.fileName, bytes: upload.bytes };
    },
    pending: () => uploads.size,
  };
}

/** One store per open database, shared by the upload calls and the calls that take the files. */
const stores = new WeakMap<ServiceContext, UploadStore>();

export function uploadsOf(ctx: ServiceContext): UploadStore {
  let store = stores.get(ctx);
  if (!store) {
    store = createUploadStore(ctx.now);
    stores.set(ctx, store);
  }
  return store;
}

export function uploadHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'uploads.begin' | 'uploads.append' | 'uploads.finish' | 'uploads.cancel' | 'uploads.stopRead'> {
  const store = uploadsOf(ctx);
  return {
    'uploads.begin': ({ fileName, size, kind }) => ({ token: store.begin(fileName, size, kind), chunkBytes: UPLOAD_CHUNK_BYTES }),
    'uploads.append': ({ token, index, data }) => ({ received: store.append(token, index, Buffer.from(data, 'base64')) }),
    'uploads.finish': ({ token }) => ({ size: store.finish(token) }),
    'uploads.cancel': ({ token }) => {
      store.cancel(token);
      return {};
    },
    'uploads.stopRead': ({ requestId }) => ({ stopped: namedReads(ctx).stop(requestId) }),
  };
}
