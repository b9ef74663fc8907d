import { ApiError } from '../../../shared/api/errors';
import { DatabaseDamagedError } from '../../db/integrity';
import { DatabaseFromNewerAppError } from '../../db/migrate';
import { UsageError } from './command';

interface SystemLike {
  name?: string;
  code?: unknown;
  path?: unknown;
  message?: string;
}

const FILE_PROBLEMS: Record<string, (path: string) => string> = {
  EACCES: (path) => `没有权限读写“${path}”，请检查文件和文件夹的权限。`,
  EPERM: (path) => `没有权限读写“${path}”，请检查文件和文件夹的权限。`,
  ENOENT: (path) => `找不到“${path}”，请检查文件名和路径。`,
  EISDIR: (path) => `“${path}”是文件夹，不是文件。`,
  ENOSPC: () => '磁盘已满，没有完成。请清理磁盘后再试。',
  EROFS: (path) => `“${path}”所在的磁盘是只读的，无法写入。`,
};

const SQLITE_PROBLEMS: Record<string, string> = {
  SQLITE_CANTOPEN: '打不开数据库文件，请检查路径和权限（--db 给的是文件，不是文件夹）。',
  SQLITE_BUSY: '数据库正被另一个程序使用，请稍后再试。',
  SQLITE_LOCKED: '数据库正被另一个程序使用，请稍后再试。',
  SQLITE_READONLY: '数据库文件是只读的，无法写入。请检查文件权限。',
  SQLITE_FULL: '磁盘已满，没有完成。请清理磁盘后再试。',
  SQLITE_IOERR: '读写数据库文件时出错，请检查磁盘。',
};

/** Errors whose message was written for the clerk. */
function isOurs(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof ApiError ||
    error instanceof DatabaseDamagedError ||
    error instanceof DatabaseFromNewerAppError ||
    // services refusals turned into Errors by callService carry the service's Chinese message
    (error instanceof Error && error.constructor === Error && /[\u4e00-\u9fff]/.test(error.message))
  );
}

/**
 * What a failed command says, in one line: our own refusals as written; a file or database problem
 * in plain words; anything else (a TypeError, a bug) as 程序出错了, its stack kept in the log.
 * `unexpected` is true when the error should be logged.
 */
export function failureLine(error: unknown, logFile: string): { line: string; unexpected: boolean } {
  if (isOurs(error)) return { line: error.message, unexpected: false };
  const system = (error ?? {}) as SystemLike;
  const code = typeof system.code === 'string' ? system.code : '';
  const file = Object.hasOwn(FILE_PROBLEMS, code) ? FILE_PROBLEMS[code] : undefined;
  if (file) return { line: file(typeof system.path === 'string' ? system.path : ''), unexpected: false };
  const sqlite = Object.entries(SQLITE_PROBLEMS).find(([prefix]) => code.startsWith(prefix))?.[1];
  if (sqlite) return { line: sqlite, unexpected: true };
  return { line: `程序出错了，这次操作没有完成。详情已写入 ${logFile}，请连同它一起报告。`, unexpected: true };
}
