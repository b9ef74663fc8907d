import { contract, isCallName, type Handlers } from '../../shared/api/contract';
import { ApiError, type Result } from '../../shared/api/errors';

export type Dispatch = (name: unknown, input: unknown) => Promise<Result<unknown>>;

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string[] {
  return issues.slice(0, 10).map((issue) => (issue.path.length ? `${issue.path.join('.')}：${issue.message}` : issue.message));
}

/**
 * The one door into the services: unknown names and bad input become typed errors before any
 * handler runs, and nothing thrown inside a handler crosses the boundary as an exception.
 */
export function createDispatch(handlers: Handlers, logError: (error: unknown) => void = console.error): Dispatch {
  return async (name, input) => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `程序内部没有“${String(name).slice(0, 80)}”这项操作。` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_input', message: '提交的内容格式不对，没有保存任何改动。', details: describeIssues(parsed.error.issues) },
      };
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toData() };
      logError(error);
      return { ok: false, error: { code: 'internal', message: '程序出错了，这次操作没有完成，已写入日志。请稍后重试。' } };
    }
  };
}
