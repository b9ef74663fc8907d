import { userInfo } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { createHandlers } from '../services/index';
import { loadTemplates } from '../services/templates';
import { createDispatch, type Dispatch } from './dispatch';
import { resourcesDir } from './paths';

export interface RunningServices {
  dispatch: Dispatch;
  close: () => void;
}

function currentUser(): string {
  try {
    return userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

/** Opens the store and wires every handler behind one dispatch, as the window, host and CLI share them. */
export function startServices(databaseFile: string): RunningServices {
  const db = openDatabase(databaseFile);
  const templates = loadTemplates(join(resourcesDir(), 'templates'));
  const handlers = createHandlers({ db, templates, author: currentUser(), now: () => new Date() });
  return { dispatch: createDispatch(handlers), close: () => db.close() };
}
