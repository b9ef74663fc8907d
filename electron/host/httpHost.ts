import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isCallName } from '../../shared/api/contract';
import { CONTENT_SECURITY_POLICY } from '../shellLogic/securityPolicy';
import type { Dispatch } from '../app/dispatch';
import { checkRequest } from './requestGuard';
import { readStatic } from './staticFiles';
import { decodedPath } from '../shellLogic/urlPath';

export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface HostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningHost {
  /** The address to open, carrying the token in its fragment so it stays out of logs. */
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** How long a stopping host lets requests in flight finish. */
const CLOSE_GRACE_MS = 2_000;

/** The loopback host: the built renderer plus `POST /api/<call>`, for the browser and for tests. */
export function startHost({ dispatch, rendererDir, port = 0, token = randomBytes(24).toString('base64url') }: HostOptions): Promise<RunningHost> {
  let boundPort = 0;
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const isApi = url.pathname.startsWith('/api/');
      const verdict = checkRequest(req.headers, boundPort, token, { needsToken: isApi });
      if (verdict.status !== 200) return send(res, verdict.status, JSON.stringify({ error: verdict.message }));

      if (!isApi) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '{}');
        const path = decodedPath(url.pathname);
        if (path === null) return send(res, 400, JSON.stringify({ error: 'malformed path' }));
        const file = await readStatic(rendererDir, path);
        return file ? send(res, 200, file.body, file.type) : send(res, 404, JSON.stringify({ error: 'not found' }));
      }

      const name = url.pathname.slice('/api/'.length);
      if (!isCallName(name)) return send(res, 404, JSON.stringify({ error: 'unknown call' }));
      if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
      const text = await readBody(req);
      if (text === undefined) {
        return send(res, 413, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: '提交的内容太大。' } }));
      }
      let input: unknown;
      try {
        input = text === '' ? {} : JSON.parse(text);
      } catch {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: '提交的内容不是有效的 JSON。' } }));
      }
      send(res, 200, JSON.stringify(await dispatch(name, input)));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, JSON.stringify({ ok: false, error: { code: 'internal', message: '程序出错了。' } }));
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      boundPort = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${boundPort}/#token=${token}`,
        port: boundPort,
        token,
        // Requests in flight get a moment to finish; a browser's idle keep-alive never holds up the stop.
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          }),
      });
    });
  });
}
