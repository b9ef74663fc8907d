import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestContext } from '../testing/testContext';
import { createDispatch } from '../app/dispatch';
import { startHost, type RunningHost } from './httpHost';
import { request } from 'node:http';

let host: RunningHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start() {
  const rendererDir = mkdtempSync(join(tmpdir(), 'dafu-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>答复函起草助手</title>');
  host = await startHost({ dispatch: createDispatch(makeTestContext().handlers), rendererDir });
  return host;
}

/** Raw HTTP so the test controls the Host header, which fetch() refuses to set. */
function send(port: number, path: string, headers: Record<string, string>, body?: string, method = 'POST') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the loopback host', () => {
  it('prints a URL on 127.0.0.1 carrying the token in its fragment', async () => {
    const { url, token, port } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
  });

  it('answers a call with the right token', async () => {
    const { port, token } = await start();
    const res = await send(port, '/api/templates.list', { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, '{}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses a foreign Host or Origin with 403 before looking at the token', async () => {
    const { port } = await start();
    expect((await send(port, '/api/templates.list', { Host: 'evil.example' }, '{}')).status).toBe(403);
    expect((await send(port, '/api/templates.list', { Host: `127.0.0.1:${port}`, Origin: 'http://evil.example' }, '{}')).status).toBe(403);
    expect((await send(port, '/', { Host: `attacker.test:${port}` }, undefined, 'GET')).status).toBe(403);
  });

  it('refuses a missing or wrong token with 401 before looking at the call', async () => {
    const { port } = await start();
    const headers = { Host: `localhost:${port}`, Origin: `http://localhost:${port}` };
    expect((await send(port, '/api/no.such.call', headers, '{}')).status).toBe(401);
    expect((await send(port, '/api/templates.list', { ...headers, Authorization: 'Bearer wrong' }, '{}')).status).toBe(401);
  });

  it('answers an unknown call with 404 once the token is right', async () => {
    const { port, token } = await start();
    const res = await send(port, '/api/__proto__', { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, '{}');
    expect(res.status).toBe(404);
  });

  it('serves the page without a token but never a file outside the renderer folder', async () => {
    const { port } = await start();
    const page = await send(port, '/', { Host: `127.0.0.1:${port}` }, undefined, 'GET');
    expect(page.status).toBe(200);
    expect(page.body).toContain('答复函起草助手');
    expect((await send(port, '/../../etc/passwd', { Host: `127.0.0.1:${port}` }, undefined, 'GET')).status).toBe(404);
    expect((await send(port, '/%2e%2e/%2e%2e/etc/passwd', { Host: `127.0.0.1:${port}` }, undefined, 'GET')).status).toBe(404);
  });

  it('answers a malformed path with 400, logging nothing', async () => {
    const { port } = await start();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      for (const path of ['/%', '/%E4%B8', '/assets/%zz.js']) {
        expect((await send(port, path, { Host: `127.0.0.1:${port}` }, undefined, 'GET')).status).toBe(400);
      }
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([]);
  });

  it('turns malformed JSON into a typed error', async () => {
    const { port, token } = await start();
    const res = await send(port, '/api/drafts.list', { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, '{oops');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
