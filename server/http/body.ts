import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 1 << 20;

export class HttpRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON body, refused when over the limit or not JSON. */
export async function readJson(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpRefused(413, `请求太大（上限 ${limit} 字节）。`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Past the limit the rest is read and dropped (so the client sees the answer, not a reset), up to a bound.
    if (size > limit * 64) {
      request.destroy();
      break;
    }
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new HttpRefused(413, `请求太大（上限 ${limit} 字节）。`);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpRefused(400, '请求不是有效的 JSON。');
  }
}
