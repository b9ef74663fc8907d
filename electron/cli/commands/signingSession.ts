import { existsSync } from 'node:fs';
import type { ApiErrorData } from '../../../shared/api/errors';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { resolveDatabasePath } from '../../app/paths';
import type { RunningServices } from '../../app/services';
import { startCliServices } from '../common/cliServices';
import { UsageError } from '../common/command';
import { readPin } from '../common/pin';

/** A refusal from the services, with its code and details kept: the CLI tells a missing PIN from other refusals. */
export class CallRefused extends Error {
  constructor(readonly data: ApiErrorData) {
    super(data.message);
  }
}

export type Call = <N extends CallName>(name: N, input: CallInput<N>) => Promise<CallOutput<N>>;

const NEEDS_PIN = 'needs-pin';
const NEEDS_KEY = 'needs-key';

/**
 * Several calls on one set of services, so a key unlocked by the first stays unlocked for the rest.
 * A call that needs the user's PIN asks for it (DAFU_PIN, or the terminal) and is made again; one
 * that needs a key first says how to make one.
 */
export async function withSigning<T>(dbPath: string | undefined, work: (call: Call) => Promise<T>, { mustExist = true } = {}): Promise<T> {
  const database = resolveDatabasePath(dbPath);
  if (mustExist && !existsSync(database)) throw new UsageError(`找不到数据库文件：${database}（请先打开一次答复函起草助手，或用 --db 指定）`);
  const services: RunningServices = startCliServices(database);
  const once = async <N extends CallName>(name: N, input: CallInput<N>) => {
    const result = await services.dispatch(name, input);
    if (!result.ok) throw new CallRefused(result.error);
    return result.value as CallOutput<N>;
  };
  const call: Call = async (name, input) => {
    try {
      return await once(name, input);
    } catch (error) {
      if (!(error instanceof CallRefused)) throw error;
      if (error.data.details?.includes(NEEDS_KEY)) throw new Error(`${error.data.message}（在命令行里用 dafu keys new 生成）`);
      if (!error.data.details?.includes(NEEDS_PIN)) throw new Error(error.data.message);
      await once('keys.unlock', { pin: await readPin() }).catch((refused: unknown) => {
        throw new Error(refused instanceof Error ? refused.message : String(refused));
      });
      return once(name, input).catch((refused: unknown) => {
        throw new Error(refused instanceof Error ? refused.message : String(refused));
      });
    }
  };
  try {
    return await work(call);
  } finally {
    services.close();
  }
}
