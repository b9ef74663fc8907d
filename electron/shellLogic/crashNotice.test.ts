import { describe, expect, it } from 'vitest';
import { reportMainError, reportPageGone, reportStartupFailure, type CrashDeps, type Notice } from './crashNotice';

function fakes() {
  const logged: unknown[][] = [];
  const shown: Notice[] = [];
  const deps: CrashDeps = { logError: (...parts) => logged.push(parts), showError: (notice) => shown.push(notice), logFile: 'C:\\Dafu\\logs\\main.log' };
  return { deps, logged, shown };
}

describe('telling the clerk about errors', () => {
  it('logs an uncaught error with its stack and shows it with where the log is', () => {
    const { deps, logged, shown } = fakes();
    const error = new Error('磁盘已满');
    reportMainError(error, 'Unhandled', deps);
    expect(logged).toEqual([['[Unhandled]', error]]);
    expect(shown).toHaveLength(1);
    expect(shown[0].message).toContain('磁盘已满');
    expect(shown[0].message).toContain('C:\\Dafu\\logs\\main.log');
    expect(shown[0].message).toContain('已保存的内容不会丢失');
  });

  it('says the app cannot start, never exiting silently', () => {
    const { deps, logged, shown } = fakes();
    reportStartupFailure('数据库文件被占用', deps);
    expect(logged[0][0]).toBe('[startup]');
    expect(shown[0].title).toBe('答复函起草助手无法启动');
  });

  it('reports a crashed page and asks for a reload, but stays quiet on a clean exit', () => {
    const { deps, shown } = fakes();
    expect(reportPageGone({ reason: 'clean-exit', exitCode: 0 }, deps)).toBe(false);
    expect(shown).toEqual([]);
    expect(reportPageGone({ reason: 'oom', exitCode: -1 }, deps)).toBe(true);
    expect(shown[0].message).toContain('内存不足');
  });
});
