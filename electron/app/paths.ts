import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_FOLDER = 'Dafu';
export const DATABASE_FILE = 'dafu.sqlite3';
export const DATABASE_ENV = 'DAFU_DB';

interface Environment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
}

const here: Environment = { platform: process.platform, env: process.env, home: homedir() };

/** The folder Electron's app.getPath('userData') gives for this app; main.ts pins userData to it. */
export function userDataDir({ platform, env, home }: Environment = here): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/** `--db` wins, then DAFU_DB, then the file in userData: the window, host and CLI all open one file. */
export function resolveDatabasePath(explicit: string | undefined, environment: Environment = here): string {
  const chosen = explicit ?? environment.env[DATABASE_ENV];
  return chosen ? resolve(chosen) : join(userDataDir(environment), DATABASE_FILE);
}

/** The folder holding package.json, from wherever this code was bundled or run. */
export function appRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const resourcesDir = (root = appRoot()) => join(root, 'resources');
export const rendererDir = (root = appRoot()) => join(root, 'dist', 'renderer');
