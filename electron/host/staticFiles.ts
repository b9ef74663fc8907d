import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { own } from '../../shared/lookup/own';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/** Reads a file of the built renderer by its decoded URL path; paths that climb out of it, or do not exist, give undefined. */
export async function readStatic(root: string, path: string): Promise<{ body: Buffer; type: string } | undefined> {
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return { body: await readFile(file), type: own(TYPES, extname(file)) ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}
