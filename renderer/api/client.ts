import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { ApiError, type Result } from '../../shared/api/errors';
import { pushListenerName } from '../../shared/api/pushBridge';
import { parsePushPayload, type PushEventName, type PushListener } from '../../shared/api/pushEvents';

type Transport = (name: string, input: unknown) => Promise<Result<unknown>>;

function hostToken(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** keepalive lets a save finish while the page closes, but Chromium refuses a keepalive body over 64 KB (UTF-8). */
const KEEPALIVE_MAX_CHARS = 20_000;

const httpTransport: Transport = async (name, input) => {
  let response: Response;
  try {
    const body = JSON.stringify(input);
    response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${hostToken()}` },
      body,
      keepalive: body.length <= KEEPALIVE_MAX_CHARS,
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '连接不上本机服务，请确认答复函起草助手仍在运行。' } };
  }
  if (response.status === 401) {
    return { ok: false, error: { code: 'forbidden', message: '访问口令无效，请使用 dafu serve 打印的完整地址打开。' } };
  }
  return (await response.json()) as Result<unknown>;
};

/** Inside the desktop app the preload's bridge carries calls; in a browser they go to the loopback host. */
export const inDesktopShell = typeof window !== 'undefined' && window.dafu !== undefined;

const transport: Transport = (name, input) => (window.dafu ? window.dafu.call(name, input) : httpTransport(name, input));

/** The renderer's only way to the services: a typed call, with errors rethrown as ApiError. */
export async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = await transport(name, input);
  if (!result.ok) throw ApiError.fromData(result.error);
  return result.value as CallOutput<N>;
}

/**
 * Listens to one event the desktop shell pushes (shared/api/pushEvents.ts); a payload the table does not
 * describe, such as an unknown command id, is dropped. Returns the unsubscribe; in a browser nothing is
 * pushed and it does nothing.
 */
export function onPush<N extends PushEventName>(name: N, listener: PushListener<N>): () => void {
  const bridge = window.dafu as unknown as Partial<Record<string, (listener: (payload: unknown) => void) => () => void>> | undefined;
  const member = pushListenerName(name);
  if (!bridge?.[member]) return () => {};
  return bridge[member]((payload) => {
    const checked = parsePushPayload(name, payload);
    if (checked !== undefined) listener(checked);
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : '出现了意外错误，请重试。';
}
