import { userInfo } from 'node:os';
import { join } from 'node:path';
import { contract, type CallName, type Handlers } from '../../shared/api/contract';
import type { ShellCallName } from '../../shared/api/shellCalls';
import { loadTemplates } from '../services/templates/templates';
import { createDispatch, type Dispatch } from './dispatch';
import { resourcesDir } from './paths';
import { openStoreSession } from './storeSession';
import type { OuterLayer } from '../services/keys/keyFiles';

export interface RunningServices {
  dispatch: Dispatch;
  /** Starts the store's check, backup and thinning still waiting after start, and settles when they are done. */
  upkeep: () => Promise<void>;
  close: () => void;
}

function currentUser(): string {
  try {
    return userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

export interface ServiceOptions {
  scheduledBackups?: boolean;
  /** The desktop shell's own answers to the shell calls (print dialog, printToPDF, menu); given the services to draw on. */
  shell?: (services: Handlers) => Pick<Handlers, ShellCallName>;
  /** Where an unexpected error inside a call is kept (its caller gets 程序出错了); the console by default. */
  logError?: (error: unknown) => void;
  /** The operating system's protection around private key files: Electron's safeStorage in the packaged app. */
  keyLayer?: OuterLayer;
}

/** Opens the store and wires every handler behind one dispatch, as the window, host and CLI share them. */
export function startServices(databaseFile: string, { scheduledBackups = false, shell, logError, keyLayer }: ServiceOptions = {}): RunningServices {
  const templates = loadTemplates(join(resourcesDir(), 'templates'));
  const session = openStoreSession(databaseFile, { templates, author: currentUser(), fontsDir: join(resourcesDir(), 'fonts'), scheduledBackups, keyLayer });
  // Each call goes to the session's handlers of the moment: a restore swaps them underneath.
  const handlers = Object.fromEntries(
    (Object.keys(contract) as CallName[]).map((name) => [name, (input: unknown) => (session.handlers()[name] as (input: unknown) => unknown)(input)]),
  ) as unknown as Handlers;
  return { dispatch: createDispatch(shell ? { ...handlers, ...shell(handlers) } : handlers, logError), upkeep: session.upkeep, close: session.close };
}
